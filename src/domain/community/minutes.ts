/**
 * Minutes saved (PRODUCT.md F1, F2): self-reported, before − after. Never negative on display: a
 * task that took longer with AI saved nothing (the figure says "0", and the post shows both times).
 */

/** before − after, or null when either is missing or not a whole number of minutes ≥ 0. */
export function minutesSaved(before: number | null | undefined, after: number | null | undefined) {
  if (!isMinutes(before) || !isMinutes(after)) return null
  return Math.max(0, before - after)
}

export function isMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}

/** The median of the values (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Minutes as the UI says them, rounded to what a self-reported figure can carry: whole minutes
 * under an hour, then hours and minutes (`{ hours: 2, minutes: 15 }`).
 */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(total))
  return { hours: Math.floor(whole / 60), minutes: whole % 60 }
}

/**
 * What the post shows about replications: how many colleagues tried it and their median saving.
 * The server keeps both (`replication_count`, `replication_median_saved`); a replication made on
 * this device and not pulled back yet is counted in (`own`), so the person sees it at once.
 */
export function replicationSummary(
  post: { replication_count: number; replication_median_saved: number | null },
  own?: { minutes_before: number; minutes_after: number; counted: boolean } | null,
): { count: number; median: number | null } {
  if (!own || own.counted) {
    return { count: post.replication_count, median: post.replication_median_saved }
  }
  const mine = minutesSaved(own.minutes_before, own.minutes_after)
  const count = post.replication_count + 1
  if (post.replication_count === 0) return { count, median: mine }
  // Without the others' figures the median cannot be recomputed: keep the server's until the pull.
  return { count, median: post.replication_median_saved }
}
