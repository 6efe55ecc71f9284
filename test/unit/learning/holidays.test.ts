import { describe, expect, it } from 'vitest'
import {
  easterSunday,
  fellesferie,
  holidayOn,
  mondayOfIsoWeek,
  norwegianHolidays,
} from '@/domain/streaks/holidays'
import { localDate } from '@/domain/streaks/localDate'

describe('easterSunday', () => {
  // Published Easter dates (Western churches).
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2016, '2016-03-27'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date)
  })
})

describe('norwegianHolidays', () => {
  it('lists the twelve days off of 2025', () => {
    expect(norwegianHolidays(2025).map((h) => `${h.date} ${h.id}`)).toEqual([
      '2025-01-01 nyttarsdag',
      '2025-04-17 skjaertorsdag',
      '2025-04-18 langfredag',
      '2025-04-20 forste-paskedag',
      '2025-04-21 andre-paskedag',
      '2025-05-01 arbeidernes-dag',
      '2025-05-17 grunnlovsdag',
      '2025-05-29 kristi-himmelfartsdag',
      '2025-06-08 forste-pinsedag',
      '2025-06-09 andre-pinsedag',
      '2025-12-25 forste-juledag',
      '2025-12-26 andre-juledag',
    ])
  })

  it('moves the Easter-bound days with Easter (2024)', () => {
    const dates = Object.fromEntries(norwegianHolidays(2024).map((h) => [h.id, h.date]))
    expect(dates).toMatchObject({
      skjaertorsdag: '2024-03-28',
      langfredag: '2024-03-29',
      'andre-paskedag': '2024-04-01',
      'kristi-himmelfartsdag': '2024-05-09',
      'forste-pinsedag': '2024-05-19',
      'andre-pinsedag': '2024-05-20',
    })
  })
})

describe('fellesferie', () => {
  it('runs from Monday of ISO week 28 to Sunday of week 30', () => {
    expect(fellesferie(2025)).toEqual({ from: '2025-07-07', to: '2025-07-27' })
    expect(fellesferie(2026)).toEqual({ from: '2026-07-06', to: '2026-07-26' })
    expect(fellesferie(2021)).toEqual({ from: '2021-07-12', to: '2021-08-01' })
  })

  it('finds Monday of ISO week 1 in the previous year when 4 January is late in the week', () => {
    expect(mondayOfIsoWeek(2025, 1)).toBe('2024-12-30')
    expect(mondayOfIsoWeek(2021, 1)).toBe('2021-01-04')
  })
})

describe('holidayOn', () => {
  it('knows 17. mai, fellesferie and ordinary days', () => {
    expect(holidayOn('2024-05-17')).toBe('grunnlovsdag')
    expect(holidayOn('2025-07-06')).toBeNull()
    expect(holidayOn('2025-07-07')).toBe('fellesferie')
    expect(holidayOn('2025-07-27')).toBe('fellesferie')
    expect(holidayOn('2025-07-28')).toBeNull()
    expect(holidayOn('2025-03-12')).toBeNull()
  })
})

describe('localDate', () => {
  it('uses the Oslo calendar day, across both daylight-saving changes', () => {
    expect(localDate('2025-03-03T23:30:00Z')).toBe('2025-03-04') // CET, UTC+1
    expect(localDate('2025-03-29T23:30:00Z')).toBe('2025-03-30') // the night summer time starts
    expect(localDate('2025-10-25T22:30:00Z')).toBe('2025-10-26') // CEST, UTC+2
    expect(localDate('2025-10-25T22:30:00Z', 'UTC')).toBe('2025-10-25')
  })
})
