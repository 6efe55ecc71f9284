import {
  addDays,
  dayOfWeek,
  DEFAULT_TIME_ZONE,
  localDate,
  type LocalDate,
} from '@/domain/streaks/localDate'
import {
  DEFAULT_LEARNING_WINDOW,
  isInLearningWindow,
  type LearningWindow,
} from '@/domain/streaks/learningWindow'

/** The Monday (Europe/Oslo) of the ISO week `now` falls in: the pulse's `week`. */
export function pulseWeek(now: Date, timeZone: string = DEFAULT_TIME_ZONE): LocalDate {
  const today = localDate(now, timeZone)
  return addDays(today, 1 - dayOfWeek(today))
}

/**
 * Whether to offer the weekly pulse now: not yet answered or skipped this week, and inside the
 * person's learning window (the default window, weekdays 08–16, when they chose none). Outside
 * the window it waits: the app never asks at the wrong time.
 */
export function isPulseDue(options: {
  now: Date
  window: LearningWindow | null
  /** Weeks (Mondays) with an answer or a skip. */
  doneWeeks: ReadonlySet<string> | readonly string[]
  timeZone?: string
}): boolean {
  const week = pulseWeek(options.now, options.timeZone)
  const done = options.doneWeeks
  if ('has' in done ? done.has(week) : done.includes(week)) return false
  return isInLearningWindow(options.now, options.window ?? DEFAULT_LEARNING_WINDOW, options.timeZone)
}
