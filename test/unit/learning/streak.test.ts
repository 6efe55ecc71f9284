import { describe, expect, it } from 'vitest'
import { computeStreak, streakCalendar, type StreakInput } from '@/domain/streaks/streak'
import { isInLearningWindow, WEEKDAYS, type LearningWindow } from '@/domain/streaks/learningWindow'
import { eachDay } from '@/domain/streaks/localDate'

/** Learning at noon Oslo time (10:00 or 11:00 UTC) on each of the given days. */
function noonOn(days: string[]): string[] {
  return days.map((d) => `${d}T10:30:00Z`)
}

function kinds(input: StreakInput, from: string, to: string): string[] {
  return streakCalendar(computeStreak(input), from, to).map((d) => `${d.date.slice(5)} ${d.kind}`)
}

describe('computeStreak', () => {
  it('is zero for a learner who never learned', () => {
    expect(computeStreak({ learnedAt: [], now: new Date('2025-03-14T09:00:00Z') })).toMatchObject({
      currentStreak: 0,
      longestStreak: 0,
      freezesBanked: 0,
      history: [],
    })
  })

  it('earns a freeze after 7 learning days, spends it on a missed day, then breaks on the next miss', () => {
    const input: StreakInput = {
      learnedAt: noonOn([...eachDay('2025-03-03', '2025-03-09'), '2025-03-11']),
      now: new Date('2025-03-14T09:00:00Z'),
    }
    expect(kinds(input, '2025-03-01', '2025-03-15')).toEqual([
      '03-01 none',
      '03-02 none',
      '03-03 learned',
      '03-04 learned',
      '03-05 learned',
      '03-06 learned',
      '03-07 learned',
      '03-08 learned',
      '03-09 learned', // 7th learning day: a freeze is earned
      '03-10 frozen', // missed, the freeze holds the streak at 7
      '03-11 learned', // 8
      '03-12 missed', // no freeze left: streak 0
      '03-13 missed',
      '03-14 open', // today, nothing yet: breaks nothing
      '03-15 none', // the future
    ])
    const summary = computeStreak(input)
    expect(summary.currentStreak).toBe(0)
    expect(summary.longestStreak).toBe(8)
    expect(summary.freezesBanked).toBe(0)
    expect(summary.history.find((d) => d.date === '2025-03-10')?.streak).toBe(7)
  })

  it('keeps the streak while today is still open', () => {
    const summary = computeStreak({
      learnedAt: noonOn(['2025-03-10', '2025-03-11', '2025-03-12']),
      now: new Date('2025-03-13T20:00:00Z'),
    })
    expect(summary).toMatchObject({ currentStreak: 3, longestStreak: 3, today: '2025-03-13' })
  })

  it('banks at most two freezes', () => {
    const input: StreakInput = {
      learnedAt: noonOn(eachDay('2025-03-03', '2025-03-23')), // 21 days: three freezes earned
      now: new Date('2025-03-23T20:00:00Z'),
    }
    expect(computeStreak(input)).toMatchObject({
      currentStreak: 21,
      freezesBanked: 2,
      learningDaysToNextFreeze: 7,
    })
    const later = computeStreak({ ...input, now: new Date('2025-03-27T12:00:00Z') })
    expect(streakCalendar(later, '2025-03-24', '2025-03-27').map((d) => d.kind)).toEqual([
      'frozen',
      'frozen',
      'missed',
      'open',
    ])
    expect(later).toMatchObject({ currentStreak: 0, longestStreak: 21, freezesBanked: 0 })
  })

  it('counts learning on a rest day, and it earns towards a freeze', () => {
    const summary = computeStreak({
      learnedAt: noonOn(eachDay('2025-03-03', '2025-03-09')), // Mon–Sun, weekend included
      now: new Date('2025-03-09T20:00:00Z'),
      learningDays: WEEKDAYS,
    })
    expect(summary).toMatchObject({
      currentStreak: 7,
      freezesBanked: 1,
      learningDaysToNextFreeze: 7,
    })
  })

  it('counts days in the learner time zone (00:30 in Oslo is the next day)', () => {
    const summary = computeStreak({
      // Monday 23:30 UTC = Tuesday 00:30 in Oslo; then Wednesday noon.
      learnedAt: ['2025-03-03T10:00:00Z', '2025-03-04T23:30:00Z', '2025-03-05T23:30:00Z'],
      now: new Date('2025-03-06T12:00:00Z'),
    })
    // In Oslo: 3 March, 5 March and 6 March. 4 March is missed.
    expect(summary.history.map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2025-03-03 learned',
      '2025-03-04 missed',
      '2025-03-05 learned',
      '2025-03-06 learned',
    ])
    expect(summary.currentStreak).toBe(2)
    // The same instants read in UTC give four days in a row.
    expect(
      computeStreak({
        learnedAt: ['2025-03-03T10:00:00Z', '2025-03-04T23:30:00Z', '2025-03-05T23:30:00Z'],
        now: new Date('2025-03-06T12:00:00Z'),
        timeZone: 'UTC',
      }).history.map((d) => d.kind),
    ).toEqual(['learned', 'learned', 'learned', 'open'])
  })

  it('does not break over the weekend for a weekdays-only learner', () => {
    const summary = computeStreak({
      learnedAt: noonOn(['2025-03-06', '2025-03-07', '2025-03-10']), // Thu, Fri, Mon
      now: new Date('2025-03-10T15:00:00Z'),
      learningDays: WEEKDAYS,
    })
    expect(summary.history.map((d) => d.kind)).toEqual([
      'learned',
      'learned',
      'rest',
      'rest',
      'learned',
    ])
    expect(summary.currentStreak).toBe(3)
    // An every-day learner would have spent nothing (no freeze yet) and lost the streak.
    const everyDay = computeStreak({
      learnedAt: noonOn(['2025-03-06', '2025-03-07', '2025-03-10']),
      now: new Date('2025-03-10T15:00:00Z'),
    })
    expect(everyDay.currentStreak).toBe(1)
  })

  it('does not break over Easter 2025 (skjærtorsdag to 2. påskedag)', () => {
    const summary = computeStreak({
      learnedAt: noonOn(['2025-04-14', '2025-04-15', '2025-04-16', '2025-04-22']),
      now: new Date('2025-04-22T15:00:00Z'),
      learningDays: WEEKDAYS,
    })
    expect(summary.history.map((d) => `${d.date.slice(5)} ${d.kind}`)).toEqual([
      '04-14 learned',
      '04-15 learned',
      '04-16 learned',
      '04-17 holiday', // skjærtorsdag
      '04-18 holiday', // langfredag
      '04-19 rest', // Saturday
      '04-20 holiday', // 1. påskedag, a Sunday
      '04-21 holiday', // 2. påskedag
      '04-22 learned',
    ])
    expect(summary).toMatchObject({ currentStreak: 4, freezesBanked: 0 })
  })

  it('does not break on 17. mai, and learning on it still counts', () => {
    const skipped = computeStreak({
      learnedAt: noonOn(['2024-05-15', '2024-05-16', '2024-05-18']),
      now: new Date('2024-05-18T15:00:00Z'),
    })
    expect(skipped.history.map((d) => d.kind)).toEqual(['learned', 'learned', 'holiday', 'learned'])
    expect(skipped.currentStreak).toBe(3)
    const learnedOnIt = computeStreak({
      learnedAt: noonOn(['2024-05-16', '2024-05-17']),
      now: new Date('2024-05-17T15:00:00Z'),
    })
    expect(learnedOnIt.currentStreak).toBe(2)
  })

  it('does not break over fellesferie 2025', () => {
    const summary = computeStreak({
      learnedAt: noonOn(eachDay('2025-06-30', '2025-07-04')), // Mon–Fri before the holiday
      now: new Date('2025-07-28T10:00:00Z'), // Monday after
      learningDays: WEEKDAYS,
    })
    const calendar = streakCalendar(summary, '2025-07-05', '2025-07-28')
    expect(calendar.slice(0, 2).map((d) => d.kind)).toEqual(['rest', 'rest'])
    expect(calendar.slice(2, 23).every((d) => d.kind === 'holiday')).toBe(true)
    expect(calendar[23]).toMatchObject({ date: '2025-07-28', kind: 'open', streak: 5 })
    expect(summary.currentStreak).toBe(5)
  })

  it('breaks on the first ordinary weekday after fellesferie when nothing is learned', () => {
    const summary = computeStreak({
      learnedAt: noonOn(eachDay('2025-06-30', '2025-07-04')),
      now: new Date('2025-07-29T10:00:00Z'),
      learningDays: WEEKDAYS,
    })
    expect(summary.history.at(-2)).toMatchObject({ date: '2025-07-28', kind: 'missed', streak: 0 })
    expect(summary.currentStreak).toBe(0)
    expect(summary.longestStreak).toBe(5)
  })

  it('gives a whole year for a calendar chart', () => {
    const summary = computeStreak({
      learnedAt: noonOn(['2025-03-03']),
      now: new Date('2025-03-04T12:00:00Z'),
    })
    const year = streakCalendar(summary, '2025-01-01', '2025-12-31')
    expect(year).toHaveLength(365)
    expect(year.filter((d) => d.kind !== 'none').map((d) => d.kind)).toEqual(['learned', 'open'])
  })
})

describe('isInLearningWindow', () => {
  const office: LearningWindow = { days: WEEKDAYS, from: '08:00', to: '16:00' }

  it('uses Oslo wall-clock time, winter and summer', () => {
    expect(isInLearningWindow(new Date('2025-03-03T07:30:00Z'), office)).toBe(true) // Mon 08:30 CET
    expect(isInLearningWindow(new Date('2025-03-03T06:30:00Z'), office)).toBe(false) // Mon 07:30
    expect(isInLearningWindow(new Date('2025-07-01T13:30:00Z'), office)).toBe(true) // Tue 15:30 CEST
    expect(isInLearningWindow(new Date('2025-07-01T14:30:00Z'), office)).toBe(false) // Tue 16:30, end excluded
    expect(isInLearningWindow(new Date('2025-03-08T10:00:00Z'), office)).toBe(false) // Saturday
  })

  it('handles a window past midnight as belonging to the day it started', () => {
    const fridayNight: LearningWindow = { days: [5], from: '22:00', to: '02:00' }
    expect(isInLearningWindow(new Date('2025-03-07T21:30:00Z'), fridayNight)).toBe(true) // Fri 22:30
    expect(isInLearningWindow(new Date('2025-03-08T00:30:00Z'), fridayNight)).toBe(true) // Sat 01:30
    expect(isInLearningWindow(new Date('2025-03-07T00:30:00Z'), fridayNight)).toBe(false) // Fri 01:30 = Thursday's night
    expect(isInLearningWindow(new Date('2025-03-08T02:30:00Z'), fridayNight)).toBe(false) // Sat 03:30
  })
})
