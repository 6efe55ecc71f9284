import {
  computeStreak,
  streakCalendar,
  type CalendarDay,
  type DayOfWeek,
  type LocalDate,
  type StreakSummary,
} from '@/domain/streaks'

export interface StreakYearInput {
  learnedDays: LocalDate[]
  /** Epoch milliseconds (a Date does not survive postMessage as a Date in every engine). */
  now: number
  learningDays: readonly DayOfWeek[]
}

export interface StreakYear {
  summary: StreakSummary
  days: CalendarDay[]
}

/** The first day of the month `months` before the month of `day`. */
function monthsBack(day: LocalDate, months: number): LocalDate {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 - months, 1))
  return date.toISOString().slice(0, 10)
}

/** The streak summary and a calendar of twelve whole months, this month included. */
export function streakYear(input: StreakYearInput): StreakYear {
  const summary = computeStreak({
    // One instant per learned day is enough (noon UTC is the same date in Norway).
    learnedAt: input.learnedDays.map((day) => `${day}T12:00:00Z`),
    now: new Date(input.now),
    learningDays: input.learningDays,
  })
  return { summary, days: streakCalendar(summary, monthsBack(summary.today, 11), summary.today) }
}
