/**
 * Fetches the server's insight figures (public.insights, insights_trend, insights_preview) and
 * keeps the last answer of each on this device (insights.repo.ts), which is what the screens read.
 * Only this folder calls a Remote; the screens call these intents.
 */
import { RemoteRequestError } from '../remote/errors'
import type { Remote } from '../remote/types'
import { insightsCacheKey, storeInsightsAnswer, type InsightsKind } from '../repos/insights.repo'
import { isTransient } from './errors'
import { isInsightsAnswer, type InsightsPeriod } from '@/domain/insights'

export type InsightsFetchError =
  /** No network, or the server could not be reached: the last figures stay. */
  | 'offline'
  /** Not signed in (local mode): there is no server to ask. */
  | 'not_signed_in'
  /** The server refused (not HR or admin of this organisation). */
  | 'forbidden'
  /** Anything else, e.g. an answer of the wrong shape. */
  | 'failed'

export class InsightsError extends Error {
  constructor(
    readonly code: InsightsFetchError,
    options?: { cause?: unknown },
  ) {
    super(`Could not fetch insights: ${code}`, options)
    this.name = 'InsightsError'
  }
}

export interface InsightsRequest {
  kind: InsightsKind
  /** The organisation (insights, trend); ignored for the preview, which is the caller's own. */
  organisationId: string | null
  period: InsightsPeriod
  /** Periods of a trend. */
  count?: number
}

const forbiddenStates = new Set(['42501', '28000', 'P0001'])

function valid(kind: InsightsKind, answer: unknown): boolean {
  if (kind === 'trend') return Array.isArray(answer) && answer.every(isInsightsAnswer)
  if (kind === 'preview') return answer === null || isInsightsAnswer(answer)
  return isInsightsAnswer(answer)
}

/**
 * Asks the server once and stores the answer with the time it was fetched. Throws an
 * `InsightsError` (offline, not_signed_in, forbidden, failed); the stored answer stays as it was.
 */
export async function fetchInsights(
  remote: Remote | null,
  request: InsightsRequest,
  isOnline: () => boolean = () => globalThis.navigator?.onLine ?? true,
  now: () => Date = () => new Date(),
): Promise<void> {
  if (!remote) throw new InsightsError('not_signed_in')
  if (!isOnline()) throw new InsightsError('offline')
  const { kind, organisationId, period } = request
  if (kind !== 'preview' && !organisationId) throw new InsightsError('forbidden')
  const { insights, insightsTrend, insightsPreview } = remote
  if (!insights || !insightsTrend || !insightsPreview) throw new InsightsError('failed')
  let answer: unknown
  try {
    answer =
      kind === 'insights'
        ? await insights.call(remote, organisationId!, period)
        : kind === 'trend'
          ? await insightsTrend.call(remote, organisationId!, period, request.count ?? 12)
          : await insightsPreview.call(remote, period)
  } catch (error) {
    if (isTransient(error)) throw new InsightsError('offline', { cause: error })
    if (error instanceof RemoteRequestError && forbiddenStates.has(error.sqlState)) {
      throw new InsightsError('forbidden', { cause: error })
    }
    throw new InsightsError('failed', { cause: error })
  }
  if (!valid(kind, answer)) throw new InsightsError('failed')
  await storeInsightsAnswer({
    key: insightsCacheKey(kind, kind === 'preview' ? null : organisationId, period),
    kind,
    organisation_id: kind === 'preview' ? null : organisationId,
    period,
    answer,
    fetched_at: now().toISOString(),
  })
}
