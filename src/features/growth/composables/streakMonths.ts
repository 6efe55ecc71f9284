import { dayOfWeek, type CalendarDay } from '@/domain/streaks'

/** The kinds of day a month counts (and the calendar's key shows), in the key's order. */
export const STREAK_KINDS = ['learned', 'frozen', 'holiday', 'rest', 'missed'] as const
export type CountedKind = (typeof STREAK_KINDS)[number]

export interface StreakMonth {
  /** `YYYY-MM` */
  key: string
  label: string
  /** Blank cells before the 1st (Monday first). */
  offset: number
  days: CalendarDay[]
  counts: Record<CountedKind, number>
}

/** The calendar's days grouped by month, with each month's counts per kind. */
export function streakMonths(days: readonly CalendarDay[], label: (month: string) => string): StreakMonth[] {
  const result: StreakMonth[] = []
  let current: StreakMonth | undefined
  for (const day of days) {
    const key = day.date.slice(0, 7)
    if (!current || current.key !== key) {
      current = {
        key,
        label: label(key),
        offset: dayOfWeek(day.date) - 1,
        days: [],
        counts: { learned: 0, frozen: 0, holiday: 0, rest: 0, missed: 0 },
      }
      result.push(current)
    }
    current.days.push(day)
    if ((STREAK_KINDS as readonly string[]).includes(day.kind)) current.counts[day.kind as CountedKind]++
  }
  return result
}
