/**
 * The mapping survey's results for HR (public.survey_results): cells that passed the suppression
 * core, counts only. Screens call it through the sync store: `sync.call(fetchSurveyResults, id)`
 * (see ./call.ts); the answer is held by the screen, not stored (it is one round's snapshot).
 */
import type { Remote } from '../remote/types'
import { callRpc, type RpcOptions } from './call'
import { isSurveyResults, type SurveyResults } from '@/domain/survey'

export function fetchSurveyResults(
  remote: Remote | null,
  surveyId: string,
  options?: RpcOptions,
): Promise<SurveyResults> {
  return callRpc(remote, 'survey_results', { p_survey_id: surveyId }, isSurveyResults, options)
}
