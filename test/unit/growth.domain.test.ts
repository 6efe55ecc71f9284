/**
 * The growth page's rules (src/domain/growth), without Dexie: ISO weeks in local time, first
 * completions, weekly buckets, cumulative minutes, learned days and the summary of a person's rows.
 */
import { describe, expect, it } from 'vitest'
import {
  cumulativeMinutes,
  firstCompletions,
  flawResults,
  learnedDays,
  localDayIn,
  summariseGrowth,
  weeklyActivity,
  weekStart,
  type ProgressEvent,
} from '@/domain/growth'

// Wednesday 26 November 2025, midday in Oslo. ISO weeks start on Mondays: 24 Nov, 17 Nov, 10 Nov …
const now = new Date('2025-11-26T11:00:00Z')
const timeZone = 'Europe/Oslo'

function event(kind: string, lesson: string, at: string, extra: Partial<ProgressEvent> = {}): ProgressEvent {
  return { lesson_id: lesson, kind, occurred_at: at, ...extra }
}

describe('weekly buckets', () => {
  it('puts Monday first and Sunday last in a week, in local time', () => {
    expect(weekStart('2025-11-26')).toBe('2025-11-24')
    expect(weekStart('2025-11-24')).toBe('2025-11-24')
    expect(weekStart('2025-11-30')).toBe('2025-11-24')
  })

  it('counts each lesson once, in the week of its first completion, plus challenges and flaws', () => {
    const events = [
      event('completed', 'l1', '2025-11-10T09:00:00Z'),
      event('completed', 'l1', '2025-11-25T09:00:00Z'), // a second time: not a new lesson
      event('completed', 'l2', '2025-11-24T08:00:00Z'),
      // Sunday 23 Nov 23:30 UTC is Monday 24 Nov 00:30 in Oslo: the new week.
      event('completed', 'l3', '2025-11-23T23:30:00Z'),
      event('card_viewed', 'l4', '2025-11-24T08:00:00Z'),
      event('flaw_done', 'fl-x', '2025-11-18T08:00:00Z'),
    ]
    const attempts = [
      { created_at: '2025-11-19T10:00:00Z' },
      { created_at: '2025-01-01T10:00:00Z' },
    ]
    const weeks = weeklyActivity({ events, attempts }, { now, weeks: 3, timeZone })
    expect(weeks).toEqual([
      { week: '2025-11-10', lessons: 1, challenges: 0 },
      { week: '2025-11-17', lessons: 0, challenges: 2 },
      { week: '2025-11-24', lessons: 2, challenges: 0 },
    ])
  })

  it('lists first completions in time order', () => {
    expect(
      firstCompletions([
        event('completed', 'b', '2025-11-20T09:00:00Z'),
        event('completed', 'a', '2025-11-21T09:00:00Z'),
        event('completed', 'b', '2025-11-19T09:00:00Z'),
      ]),
    ).toEqual([
      { lesson_id: 'b', completed_at: '2025-11-19T09:00:00Z' },
      { lesson_id: 'a', completed_at: '2025-11-21T09:00:00Z' },
    ])
  })
})

describe('cumulative minutes', () => {
  it('starts from what was saved before the window and adds week by week', () => {
    const points = cumulativeMinutes(
      [
        { at: '2025-10-01T10:00:00Z', minutes: 30 }, // before the window
        { at: '2025-11-11T10:00:00Z', minutes: 15 },
        { at: '2025-11-12T10:00:00Z', minutes: 5 },
        { at: '2025-11-25T10:00:00Z', minutes: 40 },
        { at: '2025-11-25T10:00:00Z', minutes: null },
        { at: '2025-11-25T10:00:00Z', minutes: -10 }, // nonsense is ignored
        { at: '2026-01-05T10:00:00Z', minutes: 99 }, // in the future: ignored
      ],
      { now, weeks: 3, timeZone },
    )
    expect(points).toEqual([
      { week: '2025-11-10', minutes: 20, total: 50 },
      { week: '2025-11-17', minutes: 0, total: 50 },
      { week: '2025-11-24', minutes: 40, total: 90 },
    ])
  })
})

describe('learned days', () => {
  it('gives distinct local days, ascending', () => {
    expect(
      learnedDays(
        [
          '2025-11-24T08:00:00Z',
          '2025-11-23T23:30:00Z',
          '2025-11-24T08:00:30Z',
          '2025-11-20T12:00:00Z',
        ],
        timeZone,
      ),
    ).toEqual(['2025-11-20', '2025-11-24'])
  })
})

describe('local days', () => {
  it('turns at local midnight, also across a daylight-saving change', () => {
    const dayOf = localDayIn(timeZone)
    expect(dayOf('2025-11-23T22:59:59Z')).toBe('2025-11-23')
    expect(dayOf('2025-11-23T23:00:00Z')).toBe('2025-11-24')
    // Summer time: Oslo is UTC+2, so midnight is 22:00 UTC.
    expect(dayOf('2025-07-01T21:59:00Z')).toBe('2025-07-01')
    expect(dayOf(new Date('2025-07-01T22:00:00Z'))).toBe('2025-07-02')
    expect(localDayIn('UTC')('2025-07-01T22:00:00Z')).toBe('2025-07-01')
  })
})

describe('summariseGrowth', () => {
  it('reports no activity, and no window, for no rows', () => {
    const empty = summariseGrowth({ events: [], answers: [], attempts: [], uses: [] }, { now, weeks: 3, timeZone })
    expect(empty).toMatchObject({ hasActivity: false, weeks: [], minutes: [], learnedDays: [] })
  })

  it('charts attempts and prompt uses together, and lists flaws defensively', () => {
    const summary = summariseGrowth(
      {
        events: [event('flaw_done', 'fl-a', '2025-11-25T09:00:00Z', { data: { hits: 2, misses: -1 } })],
        answers: [],
        attempts: [{ challenge_id: 'c1', created_at: '2025-11-18T09:00:00Z', minutes_saved: 10 }],
        uses: [{ used_at: '2025-11-25T09:00:00Z', minutes_saved: 5 }],
      },
      { now, weeks: 2, timeZone },
    )
    expect(summary.hasActivity).toBe(true)
    expect(summary.minutes.map((p) => p.total)).toEqual([10, 15])
    expect(summary.challenges).toEqual([{ challenge_id: 'c1', self_score: null }])
    expect(summary.flaws).toEqual([{ flaw_id: 'fl-a', hits: 2, misses: 0, false_alarms: 0 }])
    expect(summary.learnedDays).toEqual(['2025-11-18', '2025-11-25'])
    expect(flawResults([event('flaw_done', 'fl-b', '2025-11-25T09:00:00Z', { data: 'odd' })])).toEqual([
      { flaw_id: 'fl-b', hits: 0, misses: 0, false_alarms: 0 },
    ])
  })
})
