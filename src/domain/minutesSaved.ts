/**
 * Minutes saved, self-reported (a prompt use, a challenge attempt, a community post). The server's
 * CHECK on every minutes_saved column (challenge_attempts, prompt_uses; community posts' minutes)
 * is 0..10 000: one limit, here.
 */
export const MAX_MINUTES_SAVED = 10_000

/**
 * A UI rule, narrower than the server's: the challenge form asks what *one attempt* of a short
 * exercise saved, so it accepts up to 10 hours (600 minutes) — a larger figure is almost always a
 * typing slip (hours typed as minutes) that would inflate HR's totals. The form's message says
 * "0 to 600" (locales practice: challenge.errors.minutes).
 */
export const MAX_MINUTES_SAVED_PER_ATTEMPT = 600

/** A whole number of minutes from 0 to `max` (the server's limit unless a form's is narrower). */
export function isMinutesSaved(value: unknown, max: number = MAX_MINUTES_SAVED): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max
}
