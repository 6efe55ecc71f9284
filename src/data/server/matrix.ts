/**
 * Fetches HR's skills matrix (public.skills_matrix) and the organisation's consented success
 * stories (public.success_stories) and keeps the last answer of each on this device
 * (matrix.repo.ts), which is what the screens read. Screens call it through the sync store:
 * `sync.call(fetchMatrix, { kind: 'matrix', organisationId })` (see ./call.ts).
 */
import { isMatrixAnswer, isSuccessStories } from '@/domain/matrix'
import type { Remote } from '../remote/types'
import { matrixCacheKey, storeMatrixAnswer } from '../repos/matrix.repo'
import { callRpc, type RpcOptions } from './call'

export interface MatrixRequest {
  kind: 'matrix' | 'stories'
  organisationId: string
}

/** Asks once and stores the answer; throws a ServerCallError, the stored answer stays then. */
export async function fetchMatrix(
  remote: Remote | null,
  request: MatrixRequest,
  options: RpcOptions & { now?: () => Date } = {},
): Promise<void> {
  const args = { p_organisation_id: request.organisationId }
  const answer =
    request.kind === 'matrix'
      ? await callRpc(remote, 'skills_matrix', args, isMatrixAnswer, options)
      : await callRpc(remote, 'success_stories', args, isSuccessStories, options)
  await storeMatrixAnswer({
    key: matrixCacheKey(request.kind, request.organisationId),
    kind: request.kind,
    organisation_id: request.organisationId,
    answer,
    fetched_at: (options.now ?? (() => new Date()))().toISOString(),
  })
}
