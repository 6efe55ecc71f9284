/** Retry timing for transient failures: exponential, capped, with jitter so tabs and devices spread out. */
export interface BackoffPolicy {
  /** Delay before the first retry, in ms. */
  baseMs: number
  /** No delay is longer than this, in ms. */
  maxMs: number
  /** Consecutive failures of one request before the run gives up (the next trigger starts again). */
  maxAttempts: number
}

export const defaultBackoff: BackoffPolicy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 6 }

/**
 * Delay before retry number `attempt` (1 = first retry): `base · 2^(attempt-1)` capped at `max`,
 * then "equal jitter" — between half and all of it — so that retries never bunch but never shrink to 0.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}
