import type { SpotTheFlaw } from '@/content/types'

export interface FlawScore {
  /** Planted errors the learner marked. */
  hits: number
  /** Planted errors the learner did not mark. */
  misses: number
  /** Correct sentences the learner marked as wrong. */
  falseAlarms: number
  /** Share of sentences judged right (marked if flawed, unmarked if not), 0..1. */
  accuracy: number
}

/** Scores a spot-the-flaw answer objectively (C2), sentence by sentence. */
export function scoreFlaw(flaw: Pick<SpotTheFlaw, 'sentences'>, marked: ReadonlySet<string>): FlawScore {
  let hits = 0
  let misses = 0
  let falseAlarms = 0
  for (const sentence of flaw.sentences) {
    const isMarked = marked.has(sentence.id)
    if (sentence.flawed && isMarked) hits++
    else if (sentence.flawed) misses++
    else if (isMarked) falseAlarms++
  }
  const total = flaw.sentences.length
  const accuracy = total === 0 ? 0 : (total - misses - falseAlarms) / total
  return { hits, misses, falseAlarms, accuracy }
}
