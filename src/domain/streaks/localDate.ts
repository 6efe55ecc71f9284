/**
 * Calendar days as `YYYY-MM-DD` strings (a "local date"), and the conversion of an instant to
 * the local date and time in an IANA time zone. Day arithmetic runs on UTC midnights, so it is
 * never disturbed by daylight-saving changes.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type LocalDate = string

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7

export const DEFAULT_TIME_ZONE = 'Europe/Oslo'

const DAY_MS = 86_400_000

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** The local date of a UTC-midnight `Date`. */
export function fromUtcDate(date: Date): LocalDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

export function toUtcDate(day: LocalDate): Date {
  return new Date(`${day}T00:00:00Z`)
}

export function makeDate(year: number, month: number, day: number): LocalDate {
  return fromUtcDate(new Date(Date.UTC(year, month - 1, day)))
}

export function addDays(day: LocalDate, days: number): LocalDate {
  return fromUtcDate(new Date(toUtcDate(day).getTime() + days * DAY_MS))
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / DAY_MS)
}

export function dayOfWeek(day: LocalDate): DayOfWeek {
  const sundayZero = toUtcDate(day).getUTCDay()
  return (sundayZero === 0 ? 7 : sundayZero) as DayOfWeek
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

export interface LocalDateTime {
  date: LocalDate
  dayOfWeek: DayOfWeek
  /** Minutes since local midnight. */
  minutes: number
}

/** The wall-clock date and time of an instant in a time zone. */
export function localDateTime(
  instant: Date | string,
  timeZone: string = DEFAULT_TIME_ZONE,
): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(
    typeof instant === 'string' ? new Date(instant) : instant,
  )
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value)
  const date = makeDate(part('year'), part('month'), part('day'))
  return { date, dayOfWeek: dayOfWeek(date), minutes: part('hour') * 60 + part('minute') }
}

// Creating an Intl.DateTimeFormat costs far more than using one (a year of events took ~0.5 s),
// so keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * The local date of an instant. The same formatter as localDateTime, read with `format`, which is
 * several times faster than `formatToParts` (growth charts a year of rows): en-CA writes the date
 * first, as YYYY-MM-DD; anything else takes the slower way.
 */
export function localDate(instant: Date | string, timeZone: string = DEFAULT_TIME_ZONE): LocalDate {
  const text = formatterFor(timeZone).format(typeof instant === 'string' ? new Date(instant) : instant)
  return /^\d{4}-\d{2}-\d{2}\b/.test(text) ? text.slice(0, 10) : localDateTime(instant, timeZone).date
}
