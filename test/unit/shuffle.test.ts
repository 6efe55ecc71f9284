import { describe, expect, it } from 'vitest'
import { quizAttemptSeed, seededOrder } from '@/domain/learning/shuffle'

const letters = ['a', 'b', 'c', 'd']

describe('seededOrder', () => {
  it('keeps every item exactly once and leaves the input alone', () => {
    const input = [...letters]
    const out = seededOrder(input, 'lesson@2026-12-07T08:00:00Z:q1')
    expect([...out].sort()).toEqual(letters)
    expect(input).toEqual(letters)
  })

  it('gives the same order for the same seed (a resumed attempt)', () => {
    expect(seededOrder(letters, 'x@1:q1')).toEqual(seededOrder(letters, 'x@1:q1'))
  })

  it('varies with the seed, and puts the first item in every place over many attempts', () => {
    const places = new Set<number>()
    const orders = new Set<string>()
    for (let i = 0; i < 200; i++) {
      const out = seededOrder(letters, `lesson@attempt-${i}:q1`)
      places.add(out.indexOf('a'))
      orders.add(out.join(''))
    }
    expect(places).toEqual(new Set([0, 1, 2, 3]))
    expect(orders.size).toBeGreaterThan(12)
  })

  it('places the first item roughly evenly (no place more than twice as often as another)', () => {
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 4000; i++) counts[seededOrder(letters, `s${i}`).indexOf('a')]!++
    expect(Math.max(...counts)).toBeLessThan(2 * Math.min(...counts))
  })
})

describe('quizAttemptSeed', () => {
  it('uses the first start, so a reload keeps the order', () => {
    expect(quizAttemptSeed('l', ['2026-12-02T10:00:00Z', '2026-12-01T09:00:00Z'], '')).toBe(
      'l@2026-12-01T09:00:00Z',
    )
  })
  it('starts a new attempt on a retake', () => {
    expect(quizAttemptSeed('l', ['2026-12-01T09:00:00Z'], '2026-12-05T12:00:00Z')).toBe(
      'l@2026-12-05T12:00:00Z',
    )
  })
  it('falls back to the lesson id before the lesson is started', () => {
    expect(quizAttemptSeed('l', [], '')).toBe('l')
  })
})
