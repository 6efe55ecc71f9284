import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { useOnline } from '@/composables/useOnline'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { fetchSurveyResults } from '@/data/server/survey'
import { ServerCallError, type ServerCallFailure } from '@/data/server/call'
import type { SurveyResults } from '@/domain/survey'

export interface SurveyResultsState {
  results: ShallowRef<SurveyResults | null>
  fetching: Ref<boolean>
  error: Ref<ServerCallFailure | null>
  fetchedAt: Ref<string | null>
  refresh: () => Promise<void>
}

/**
 * A round's results for HR (public.survey_results, through the sync store's `call`), fetched when
 * the round changes, the network comes back or someone signs in. The last answer stays in sight
 * while a fetch fails.
 */
export function useSurveyResults(surveyId: () => string | null): SurveyResultsState {
  const sync = useSyncStatusStore()
  const online = useOnline()
  const results = shallowRef<SurveyResults | null>(null)
  const fetching = ref(false)
  const error = ref<ServerCallFailure | null>(null)
  const fetchedAt = ref<string | null>(null)
  let run = 0

  async function refresh() {
    const id = surveyId()
    const mine = ++run
    if (!id) {
      results.value = null
      return
    }
    if (results.value && results.value.survey.id !== id) results.value = null
    fetching.value = true
    try {
      const answer = await sync.call(fetchSurveyResults, id)
      if (mine !== run) return
      results.value = answer
      fetchedAt.value = new Date().toISOString()
      error.value = null
    } catch (e) {
      if (mine === run) error.value = e instanceof ServerCallError ? e.code : 'failed'
    } finally {
      if (mine === run) fetching.value = false
    }
  }

  watch([surveyId, () => sync.connection, online], () => void refresh(), { immediate: true })
  return { results, fetching, error, fetchedAt, refresh }
}
