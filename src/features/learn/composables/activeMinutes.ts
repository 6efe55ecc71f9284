/**
 * Honest minutes spent on a lesson: the sum of the gaps between the learner's moments in it,
 * each gap capped (a break, or a lesson spread over days, does not count as learning time).
 */
export const MAX_GAP_MINUTES = 5

export function activeMinutes(instants: readonly string[], now: Date): number {
  const times = [...instants.map((t) => Date.parse(t)), now.getTime()].sort((a, b) => a - b)
  let total = 0
  for (let i = 1; i < times.length; i++) {
    total += Math.min(MAX_GAP_MINUTES, (times[i]! - times[i - 1]!) / 60_000)
  }
  return Math.max(1, Math.round(total))
}
