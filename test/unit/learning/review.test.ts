import { describe, expect, it } from 'vitest'
import {
  createReviewScheduler,
  dueCards,
  newReviewState,
  schedule,
  type ReviewState,
} from '@/domain/review'

const MINUTE = 60_000
const DAY = 86_400_000
const scheduler = createReviewScheduler({ fuzz: false })
const start = new Date('2025-03-03T08:00:00Z')

function dueIn(state: ReviewState, from: Date): number {
  return Date.parse(state.due) - from.getTime()
}

describe('review scheduling (ts-fsrs)', () => {
  it('starts a new card due at once', () => {
    const card = newReviewState('lesson-1-r1', start)
    expect(card).toMatchObject({
      cardId: 'lesson-1-r1',
      phase: 'new',
      reps: 0,
      lapses: 0,
      lastReview: null,
    })
    expect(card.due).toBe(start.toISOString())
  })

  it('brings a card back later after "good" than after "again"', () => {
    const card = newReviewState('r1', start)
    const again = scheduler.schedule(card, 'again', start)
    const good = scheduler.schedule(card, 'good', start)
    // ts-fsrs default learning steps: again → 1 minute, good → 10 minutes.
    expect(dueIn(again, start)).toBe(1 * MINUTE)
    expect(dueIn(good, start)).toBe(10 * MINUTE)
    expect(good.phase).toBe('learning')
    expect(good.lastReview).toBe(start.toISOString())
  })

  it('orders the four grades: again < hard < good < easy', () => {
    const card = newReviewState('r1', start)
    const [again, hard, good, easy] = (['again', 'hard', 'good', 'easy'] as const).map((g) =>
      dueIn(scheduler.schedule(card, g, start), start),
    )
    expect(again).toBeLessThan(hard!)
    expect(hard).toBeLessThan(good!)
    expect(good).toBeLessThan(easy!)
    expect(easy).toBeGreaterThanOrEqual(DAY) // "easy" graduates straight to days
  })

  it('graduates to days after two good answers, and a lapse sends it back to relearning', () => {
    let card = scheduler.schedule(newReviewState('r1', start), 'good', start)
    const tenMinutesLater = new Date(start.getTime() + 10 * MINUTE)
    card = scheduler.schedule(card, 'good', tenMinutesLater)
    expect(card.phase).toBe('review')
    expect(dueIn(card, tenMinutesLater)).toBeGreaterThanOrEqual(DAY)
    expect(card.reps).toBe(2)

    const whenDue = new Date(card.due)
    const lapsed = scheduler.schedule(card, 'again', whenDue)
    expect(lapsed).toMatchObject({ phase: 'relearning', lapses: 1, reps: 3 })
    expect(dueIn(lapsed, whenDue)).toBe(10 * MINUTE) // default relearning step
    const remembered = scheduler.schedule(card, 'good', whenDue)
    expect(dueIn(remembered, whenDue)).toBeGreaterThan(dueIn(card, tenMinutesLater))
  })

  it('stores as plain JSON and schedules the same after a round trip', () => {
    const card = scheduler.schedule(newReviewState('r1', start), 'good', start)
    const stored = JSON.parse(JSON.stringify(card)) as ReviewState
    expect(stored).toEqual(card)
    const later = new Date(start.getTime() + DAY)
    expect(scheduler.schedule(stored, 'hard', later)).toEqual(
      scheduler.schedule(card, 'hard', later),
    )
  })

  it('keeps the app scheduler (fuzz on) close to the unfuzzed interval', () => {
    let card = scheduler.schedule(newReviewState('r1', start), 'good', start)
    const t1 = new Date(start.getTime() + 10 * MINUTE)
    card = scheduler.schedule(card, 'good', t1)
    const t2 = new Date(card.due)
    const plain = dueIn(scheduler.schedule(card, 'good', t2), t2)
    const fuzzed = dueIn(schedule(card, 'good', t2), t2)
    expect(plain).toBeGreaterThan(3 * DAY)
    expect(Math.abs(fuzzed - plain)).toBeLessThanOrEqual(plain * 0.25)
  })
})

describe('dueCards', () => {
  const at = (iso: string, cardId: string): ReviewState => ({
    ...newReviewState(cardId, new Date(iso)),
  })

  it('returns only what is due, the longest overdue first', () => {
    const states = [
      at('2025-03-05T08:00:00Z', 'later'),
      at('2025-03-03T09:00:00Z', 'due-this-morning'),
      at('2025-03-01T08:00:00Z', 'overdue'),
      at('2025-03-04T08:00:00Z', 'exactly-now'),
    ]
    expect(dueCards(states, new Date('2025-03-04T08:00:00Z')).map((s) => s.cardId)).toEqual([
      'overdue',
      'due-this-morning',
      'exactly-now',
    ])
    expect(dueCards(states, new Date('2025-02-28T00:00:00Z'))).toEqual([])
  })

  it('fills the queue as the clock moves on after a review', () => {
    const reviewed = scheduler.schedule(newReviewState('r1', start), 'good', start)
    expect(dueCards([reviewed], new Date(start.getTime() + 9 * MINUTE))).toHaveLength(0)
    expect(dueCards([reviewed], new Date(start.getTime() + 10 * MINUTE))).toHaveLength(1)
  })
})
