/**
 * Local dates in Europe/Oslo on the days the clock changes (the last Sunday of March: 02:00 →
 * 03:00, a 23-hour day; the last Sunday of October: 03:00 → 02:00, a 25-hour day), and ISO weeks
 * across New Year (the Monday of the week may lie in the year before).
 */
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, eachDay, localDate, localDateTime } from '@/domain/streaks'
import { localDayIn, weekStart, weekWindow } from '@/domain/growth'

const oslo = 'Europe/Oslo'

describe('the last Sunday of March (summer time begins, 30 March 2025)', () => {
  it('starts the day at 23:00 UTC the evening before and ends it at 22:00 UTC', () => {
    expect(localDate('2025-03-29T22:59:59Z', oslo)).toBe('2025-03-29')
    expect(localDate('2025-03-29T23:00:00Z', oslo)).toBe('2025-03-30')
    expect(localDate('2025-03-30T21:59:59Z', oslo)).toBe('2025-03-30')
    expect(localDate('2025-03-30T22:00:00Z', oslo)).toBe('2025-03-31')
    expect(localDayIn(oslo)('2025-03-30T21:59:59Z')).toBe('2025-03-30')
    expect(localDayIn(oslo)('2025-03-30T22:00:00Z')).toBe('2025-03-31')
  })

  it('skips from 01:59 to 03:00 local time', () => {
    expect(localDateTime('2025-03-30T00:59:00Z', oslo)).toEqual({ date: '2025-03-30', dayOfWeek: 7, minutes: 1 * 60 + 59 })
    expect(localDateTime('2025-03-30T01:00:00Z', oslo)).toEqual({ date: '2025-03-30', dayOfWeek: 7, minutes: 3 * 60 })
  })

  it('counts the 23-hour day as one day', () => {
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30')
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31')
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2)
    expect(eachDay('2025-03-29', '2025-03-31')).toEqual(['2025-03-29', '2025-03-30', '2025-03-31'])
    expect(weekStart('2025-03-30')).toBe('2025-03-24')
    expect(weekStart('2025-03-31')).toBe('2025-03-31')
  })
})

describe('the last Sunday of October (summer time ends, 26 October 2025)', () => {
  it('starts the day at 22:00 UTC the evening before and ends it at 23:00 UTC', () => {
    expect(localDate('2025-10-25T21:59:59Z', oslo)).toBe('2025-10-25')
    expect(localDate('2025-10-25T22:00:00Z', oslo)).toBe('2025-10-26')
    expect(localDate('2025-10-26T22:59:59Z', oslo)).toBe('2025-10-26')
    expect(localDate('2025-10-26T23:00:00Z', oslo)).toBe('2025-10-27')
    expect(localDayIn(oslo)('2025-10-26T22:59:59Z')).toBe('2025-10-26')
    expect(localDayIn(oslo)('2025-10-26T23:00:00Z')).toBe('2025-10-27')
  })

  it('shows 02:30 twice, an hour apart', () => {
    expect(localDateTime('2025-10-26T00:30:00Z', oslo).minutes).toBe(2 * 60 + 30)
    expect(localDateTime('2025-10-26T01:30:00Z', oslo).minutes).toBe(2 * 60 + 30)
    expect(localDateTime('2025-10-26T01:30:00Z', oslo).date).toBe('2025-10-26')
  })

  it('counts the 25-hour day as one day', () => {
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27')
    expect(addDays('2025-10-27', -1)).toBe('2025-10-26')
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2)
    expect(eachDay('2025-10-25', '2025-10-27')).toHaveLength(3)
    expect(weekStart('2025-10-26')).toBe('2025-10-20')
    expect(weekStart('2025-10-27')).toBe('2025-10-27')
  })
})

describe('ISO weeks across New Year', () => {
  it('puts 1 January in the week of its Monday, in the old year when that is where the Monday is', () => {
    expect(weekStart('2025-01-01')).toBe('2024-12-30') // Wednesday: week 1 of 2025 starts in 2024
    expect(weekStart('2026-01-01')).toBe('2025-12-29') // Thursday
    expect(weekStart('2027-01-01')).toBe('2026-12-28') // Friday: still week 53 of 2026
    expect(weekStart('2027-01-03')).toBe('2026-12-28') // Sunday
    expect(weekStart('2027-01-04')).toBe('2027-01-04') // Monday: week 1 of 2027
  })

  it('takes the local New Year, not UTC’s', () => {
    // 00:30 on 1 January 2027 in Oslo is still 31 December in UTC.
    expect(localDate('2026-12-31T23:30:00Z', oslo)).toBe('2027-01-01')
    expect(localDate('2026-12-31T23:30:00Z', 'UTC')).toBe('2026-12-31')
    expect(weekStart(localDate('2027-01-03T23:30:00Z', oslo))).toBe('2027-01-04')
  })

  it('lists a window of weeks over the turn of the year', () => {
    expect(weekWindow({ now: new Date('2027-01-06T12:00:00Z'), weeks: 3, timeZone: oslo })).toEqual([
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
    ])
    // Sunday 3 January 2027 at 23:30 in Oslo: the window still ends with the week of 28 December.
    expect(weekWindow({ now: new Date('2027-01-03T22:30:00Z'), weeks: 2, timeZone: oslo })).toEqual([
      '2026-12-21',
      '2026-12-28',
    ])
  })
})
