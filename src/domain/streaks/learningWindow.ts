/**
 * The learner's learning window (L6): the days and the time of day they want to learn.
 * Nudges are only sent inside it, and days outside it never break a streak.
 */
import { addDays, dayOfWeek, DEFAULT_TIME_ZONE, localDateTime, type DayOfWeek } from './localDate'

/** `HH:MM`, 24-hour clock. */
export type ClockTime = `${number}:${number}`

export interface LearningWindow {
  days: readonly DayOfWeek[]
  /** Start of the window, included. */
  from: ClockTime
  /** End of the window, excluded. Earlier than `from` means the window runs past midnight. */
  to: ClockTime
}

export const WEEKDAYS: readonly DayOfWeek[] = [1, 2, 3, 4, 5]
export const EVERY_DAY: readonly DayOfWeek[] = [1, 2, 3, 4, 5, 6, 7]

export const DEFAULT_LEARNING_WINDOW: LearningWindow = {
  days: WEEKDAYS,
  from: '08:00',
  to: '16:00',
}

export function clockMinutes(time: ClockTime): number {
  const [hours, minutes] = time.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

export function isInLearningWindow(
  now: Date,
  window: LearningWindow,
  timeZone: string = DEFAULT_TIME_ZONE,
): boolean {
  const local = localDateTime(now, timeZone)
  const from = clockMinutes(window.from)
  const to = clockMinutes(window.to)
  if (from === to) return false
  if (from < to) {
    return window.days.includes(local.dayOfWeek) && local.minutes >= from && local.minutes < to
  }
  // Past midnight: the evening part belongs to today, the early-morning part to yesterday's window.
  if (local.minutes >= from) return window.days.includes(local.dayOfWeek)
  if (local.minutes < to) return window.days.includes(dayOfWeek(addDays(local.date, -1)))
  return false
}
