/**
 * Fetches the server's insight figures (public.insights, insights_trend, insights_preview) and
 * keeps the last answer of each on this device (insights.repo.ts), which is what the screens read.
 * Screens call it through the sync store: `sync.call(fetchInsights, request)` (see ./call.ts).
 */
import type { Remote } from '../remote/types'
import { insightsCacheKey, storeInsightsAnswer, type InsightsKind } from '../repos/insights.repo'
import { ServerCallError, toServerCallError, type ServerCallFailure } from './call'
import { isInsightsAnswer, type InsightsPeriod } from '@/domain/insights'

/** The insight fetches fail the way every server call does (./call.ts). */
export type InsightsFetchError = ServerCallFailure
export { ServerCallError as InsightsError }

export interface InsightsRequest {
  kind: InsightsKind
  /** The organisation (insights, trend); ignored for the preview, which is the caller's own. */
  organisationId: string | null
  period: InsightsPeriod
  /** Periods of a trend. */
  count?: number
}

function valid(kind: InsightsKind, answer: unknown): boolean {
  if (kind === 'trend') return Array.isArray(answer) && answer.every(isInsightsAnswer)
  if (kind === 'preview') return answer === null || isInsightsAnswer(answer)
  return isInsightsAnswer(answer)
}

/**
 * Asks the server once and stores the answer with the time it was fetched. Throws an
 * `ServerCallError` (offline, not_signed_in, forbidden, failed); the stored answer stays as it was.
 */
export async function fetchInsights(
  remote: Remote | null,
  request: InsightsRequest,
  isOnline: () => boolean = () => globalThis.navigator?.onLine ?? true,
  now: () => Date = () => new Date(),
): Promise<void> {
  if (!remote) throw new ServerCallError('not_signed_in')
  if (!isOnline()) throw new ServerCallError('offline')
  const { kind, organisationId, period } = request
  if (kind !== 'preview' && !organisationId) throw new ServerCallError('forbidden')
  const { insights, insightsTrend, insightsPreview } = remote
  if (!insights || !insightsTrend || !insightsPreview) throw new ServerCallError('failed')
  let answer: unknown
  try {
    answer =
      kind === 'insights'
        ? await insights.call(remote, organisationId!, period)
        : kind === 'trend'
          ? await insightsTrend.call(remote, organisationId!, period, request.count ?? 12)
          : await insightsPreview.call(remote, period)
  } catch (error) {
    throw toServerCallError(error)
  }
  if (!valid(kind, answer)) throw new ServerCallError('failed')
  await storeInsightsAnswer({
    key: insightsCacheKey(kind, kind === 'preview' ? null : organisationId, period),
    kind,
    organisation_id: kind === 'preview' ? null : organisationId,
    period,
    answer,
    fetched_at: now().toISOString(),
  })
}
