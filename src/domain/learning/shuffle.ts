/**
 * A quiz's choices in an order of their own for each attempt (so the right answer's place in
 * the content file gives nothing away), and the same order every time that attempt is shown
 * again (a reload or a resumed quiz keeps it): the order is a pure function of a seed string.
 */

/** 32-bit FNV-1a hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: a small, fast pseudo-random generator; numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The items in an order determined by `seed` (Fisher–Yates); the input is not changed. */
export function seededOrder<T>(items: readonly T[], seed: string): T[] {
  const next = generator(hash(seed))
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[result[i], result[j]] = [result[j]!, result[i]!]
  }
  return result
}

/**
 * The seed of a lesson's current quiz attempt: a retake starts a new attempt (its start time);
 * otherwise the attempt began when the lesson was first started. Unstarted: the lesson id alone.
 */
export function quizAttemptSeed(
  lessonId: string,
  startedAt: readonly string[],
  retakenAt: string,
): string {
  if (retakenAt) return `${lessonId}@${retakenAt}`
  const first = [...startedAt].sort()[0]
  return first ? `${lessonId}@${first}` : lessonId
}
