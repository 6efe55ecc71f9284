/**
 * Streaks that forgive (L6).
 *
 * Rules, applied day by day in the learner's time zone from their first learning day to today:
 * - a day with any learning is `learned`: the streak grows by one (also on a holiday or rest day);
 * - a Norwegian public holiday or a fellesferie day without learning is `holiday`, and a day
 *   outside the learner's chosen learning days (e.g. the weekend for a weekdays-only window) is
 *   `rest`: the streak neither grows nor breaks;
 * - any other day without learning is a miss: a banked freeze is spent on it automatically
 *   (`frozen`, the streak holds); with no freeze left it is `missed` and the streak restarts at 0;
 * - a freeze is earned for every 7 learning days (counted over all time), at most 2 banked;
 *   one earned while 2 are banked is not kept;
 * - today without learning yet is `open`: the day is not over, so it breaks nothing.
 */
import { holidayOn } from './holidays'
import { EVERY_DAY } from './learningWindow'
import {
  addDays,
  dayOfWeek,
  DEFAULT_TIME_ZONE,
  localDate,
  type DayOfWeek,
  type LocalDate,
} from './localDate'

export interface FreezeRules {
  learningDaysPerFreeze: number
  maxFreezes: number
}

export const DEFAULT_FREEZE_RULES: FreezeRules = { learningDaysPerFreeze: 7, maxFreezes: 2 }

export interface StreakInput {
  /** Instants at which the learner learned (lesson cards, quiz, review, challenge), ISO or Date. */
  learnedAt: readonly (string | Date)[]
  /** The current instant (injected clock). */
  now: Date
  timeZone?: string
  /** The learner's learning days; other days are rest days. Default: every day. */
  learningDays?: readonly DayOfWeek[]
  freezeRules?: FreezeRules
}

export type DayKind = 'learned' | 'frozen' | 'holiday' | 'rest' | 'missed' | 'open' | 'none'

export interface CalendarDay {
  date: LocalDate
  kind: DayKind
  /** The streak at the end of this day. */
  streak: number
}

export interface StreakSummary {
  currentStreak: number
  longestStreak: number
  freezesBanked: number
  /** Learning days still needed to earn the next freeze. */
  learningDaysToNextFreeze: number
  today: LocalDate
  /** Every day from the first learning day to today (empty when never learned). */
  history: CalendarDay[]
}

interface Walker {
  streak: number
  longest: number
  banked: number
  towardFreeze: number
}

function classify(
  day: LocalDate,
  learned: boolean,
  today: LocalDate,
  learningDays: readonly DayOfWeek[],
): 'learned' | 'holiday' | 'rest' | 'open' | 'expected' {
  if (learned) return 'learned'
  if (holidayOn(day) !== null) return 'holiday'
  if (!learningDays.includes(dayOfWeek(day))) return 'rest'
  if (day === today) return 'open'
  return 'expected'
}

function step(state: Walker, kind: ReturnType<typeof classify>, rules: FreezeRules): DayKind {
  switch (kind) {
    case 'learned':
      state.streak += 1
      state.longest = Math.max(state.longest, state.streak)
      state.towardFreeze += 1
      if (state.towardFreeze >= rules.learningDaysPerFreeze) {
        state.towardFreeze = 0
        state.banked = Math.min(rules.maxFreezes, state.banked + 1)
      }
      return 'learned'
    case 'expected':
      if (state.banked > 0) {
        state.banked -= 1
        return 'frozen'
      }
      state.streak = 0
      return 'missed'
    default:
      return kind
  }
}

export function computeStreak(input: StreakInput): StreakSummary {
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE
  const learningDays = input.learningDays ?? EVERY_DAY
  const rules = input.freezeRules ?? DEFAULT_FREEZE_RULES
  const today = localDate(input.now, timeZone)
  const learnedDays = new Set(
    input.learnedAt.map((t) => localDate(t, timeZone)).filter((d) => d <= today),
  )

  const state: Walker = { streak: 0, longest: 0, banked: 0, towardFreeze: 0 }
  const history: CalendarDay[] = []
  const first = [...learnedDays].sort()[0]
  if (first !== undefined) {
    for (let day = first; day <= today; day = addDays(day, 1)) {
      const kind = step(state, classify(day, learnedDays.has(day), today, learningDays), rules)
      history.push({ date: day, kind, streak: state.streak })
    }
  }
  return {
    currentStreak: state.streak,
    longestStreak: state.longest,
    freezesBanked: state.banked,
    learningDaysToNextFreeze: rules.learningDaysPerFreeze - state.towardFreeze,
    today,
    history,
  }
}

/**
 * A per-day calendar for `from`..`to` (both included), e.g. a whole year for a calendar chart.
 * Days before the first learning day and after today are `none`.
 */
export function streakCalendar(
  summary: StreakSummary,
  from: LocalDate,
  to: LocalDate,
): CalendarDay[] {
  const byDate = new Map(summary.history.map((d) => [d.date, d]))
  const days: CalendarDay[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) {
    days.push(byDate.get(day) ?? { date: day, kind: 'none', streak: 0 })
  }
  return days
}
