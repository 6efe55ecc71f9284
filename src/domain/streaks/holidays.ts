/**
 * Norwegian public holidays (helligdager and the two statutory flag days that are days off)
 * and fellesferie, computed for any year — no table to keep up to date.
 */
import { addDays, makeDate, dayOfWeek, type LocalDate } from './localDate'

export type NorwegianHolidayId =
  | 'nyttarsdag'
  | 'skjaertorsdag'
  | 'langfredag'
  | 'forste-paskedag'
  | 'andre-paskedag'
  | 'arbeidernes-dag'
  | 'grunnlovsdag'
  | 'kristi-himmelfartsdag'
  | 'forste-pinsedag'
  | 'andre-pinsedag'
  | 'forste-juledag'
  | 'andre-juledag'

export interface Holiday {
  id: NorwegianHolidayId
  date: LocalDate
}

/**
 * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher), valid for every year from 1583.
 */
export function easterSunday(year: number): LocalDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return makeDate(year, month, day)
}

export function norwegianHolidays(year: number): Holiday[] {
  const easter = easterSunday(year)
  const holidays: Holiday[] = [
    { id: 'nyttarsdag', date: makeDate(year, 1, 1) },
    { id: 'skjaertorsdag', date: addDays(easter, -3) },
    { id: 'langfredag', date: addDays(easter, -2) },
    { id: 'forste-paskedag', date: easter },
    { id: 'andre-paskedag', date: addDays(easter, 1) },
    { id: 'arbeidernes-dag', date: makeDate(year, 5, 1) },
    { id: 'grunnlovsdag', date: makeDate(year, 5, 17) },
    { id: 'kristi-himmelfartsdag', date: addDays(easter, 39) },
    { id: 'forste-pinsedag', date: addDays(easter, 49) },
    { id: 'andre-pinsedag', date: addDays(easter, 50) },
    { id: 'forste-juledag', date: makeDate(year, 12, 25) },
    { id: 'andre-juledag', date: makeDate(year, 12, 26) },
  ]
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}

/** Monday of ISO week `week`: week 1 is the week that holds 4 January. */
export function mondayOfIsoWeek(year: number, week: number): LocalDate {
  const january4 = makeDate(year, 1, 4)
  const week1Monday = addDays(january4, 1 - dayOfWeek(january4))
  return addDays(week1Monday, (week - 1) * 7)
}

/**
 * Fellesferie: the common industrial holiday. We take the three weeks from Monday of ISO week 28
 * through Sunday of ISO week 30 — the weeks most Norwegian workplaces close or run on a skeleton
 * crew (e.g. 2025: 7–27 July).
 */
export function fellesferie(year: number): { from: LocalDate; to: LocalDate } {
  const from = mondayOfIsoWeek(year, 28)
  return { from, to: addDays(from, 20) }
}

export type HolidayKind = NorwegianHolidayId | 'fellesferie'

/** The holiday (or fellesferie) on a day, or `null` for an ordinary day. */
export function holidayOn(day: LocalDate): HolidayKind | null {
  const year = Number(day.slice(0, 4))
  const holiday = norwegianHolidays(year).find((h) => h.date === day)
  if (holiday) return holiday.id
  const summer = fellesferie(year)
  return day >= summer.from && day <= summer.to ? 'fellesferie' : null
}
