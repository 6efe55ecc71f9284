/**
 * The learner's own growth (G1) and AI-literacy record (X4): local dates, ISO weeks and the
 * aggregations the growth page charts, over plain rows (src/data/repos/growth.repo.ts reads them).
 *
 * All aggregations are single passes over the rows (a year of daily activity is ~4 000 rows),
 * and local dates come from streaks' shared formatter with a cache per quarter hour.
 */
import { addDays, dayOfWeek, DEFAULT_TIME_ZONE, localDate, type LocalDate } from '../streaks'

/** The fields of a progress event (lesson completed, flaw exercise done …) the aggregations use. */
export interface ProgressEvent {
  kind: string
  lesson_id: string
  occurred_at: string
  data?: unknown
}

export interface GrowthAnswer {
  lesson_id: string
  question_id: string
  choice_id: string
  correct: boolean
  answered_at: string
}

export interface GrowthAttempt {
  challenge_id: string
  created_at: string
  self_score?: number | null
  minutes_saved?: number | null
}

export interface GrowthUse {
  used_at: string
  minutes_saved: number | null
}

export interface WeekBucket {
  /** Monday of the ISO week (local date). */
  week: LocalDate
  /** Lessons completed for the first time that week. */
  lessons: number
  /** Prompt challenges attempted and spot-the-flaw exercises done that week. */
  challenges: number
}

export interface MinutesPoint {
  week: LocalDate
  /** Minutes saved that week (self-reported). */
  minutes: number
  /** All minutes saved up to and including that week. */
  total: number
}

export interface FlawDone {
  flaw_id: string
  hits: number
  misses: number
  false_alarms: number
}

export interface CompletedLesson {
  lesson_id: string
  /** The first completion (ISO instant). */
  completed_at: string
}

export interface GrowthData {
  hasActivity: boolean
  weeks: WeekBucket[]
  minutes: MinutesPoint[]
  /** Distinct local days with any learning, ascending. */
  learnedDays: LocalDate[]
  answers: GrowthAnswer[]
  challenges: { challenge_id: string; self_score: number | null }[]
  flaws: FlawDone[]
}

export interface WindowOptions {
  now: Date
  /** How many ISO weeks, ending with the current one. */
  weeks: number
  timeZone?: string
}

/**
 * A function from an instant to its local date in `timeZone`: streaks' localDate (one shared
 * formatter per zone), cached per quarter hour — every UTC offset is a whole number of quarter
 * hours, so local midnight always falls on a quarter-hour boundary and all instants within one
 * quarter hour share a local date. A year of rows asks the formatter a few hundred times.
 */
export function localDayIn(
  timeZone: string = DEFAULT_TIME_ZONE,
): (instant: string | Date) => LocalDate {
  const byQuarter = new Map<number, LocalDate>()
  return (instant) => {
    const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime()
    const quarter = Math.floor(time / QUARTER_HOUR)
    let day = byQuarter.get(quarter)
    if (day === undefined) {
      byQuarter.set(quarter, (day = localDate(new Date(quarter * QUARTER_HOUR), timeZone)))
    }
    return day
  }
}

const QUARTER_HOUR = 15 * 60_000
const mondays = new Map<LocalDate, LocalDate>()

/** Monday of the ISO week of `day` (cached: many rows share a day). */
export function weekStart(day: LocalDate): LocalDate {
  let monday = mondays.get(day)
  if (monday === undefined) mondays.set(day, (monday = addDays(day, 1 - dayOfWeek(day))))
  return monday
}

/** Mondays of the last `weeks` ISO weeks, oldest first, ending with the week of `now`. */
export function weekWindow({ now, weeks, timeZone }: WindowOptions): LocalDate[] {
  const current = weekStart(localDayIn(timeZone)(now))
  const mondays: LocalDate[] = []
  for (let i = weeks - 1; i >= 0; i--) mondays.push(addDays(current, -7 * i))
  return mondays
}

/** First completion of each lesson, ascending by time. */
export function firstCompletions(events: readonly ProgressEvent[]): CompletedLesson[] {
  const first = new Map<string, { at: number; iso: string }>()
  for (const e of events) {
    if (e.kind !== 'completed') continue
    const at = Date.parse(e.occurred_at)
    const seen = first.get(e.lesson_id)
    if (!seen || at < seen.at) first.set(e.lesson_id, { at, iso: e.occurred_at })
  }
  return [...first]
    .sort((a, b) => a[1].at - b[1].at)
    .map(([lesson_id, { iso }]) => ({ lesson_id, completed_at: iso }))
}

/** Lessons first completed and challenges done per ISO week, for the last `weeks` weeks. */
export function weeklyActivity(
  rows: {
    events: readonly ProgressEvent[]
    attempts: readonly { created_at: string }[]
  },
  options: WindowOptions,
): WeekBucket[] {
  const dayOf = localDayIn(options.timeZone)
  const buckets = weekWindow(options).map((week) => ({ week, lessons: 0, challenges: 0 }))
  const byWeek = new Map(buckets.map((b) => [b.week, b]))
  const bucketOf = (instant: string) => byWeek.get(weekStart(dayOf(instant)))
  for (const { completed_at } of firstCompletions(rows.events)) {
    const bucket = bucketOf(completed_at)
    if (bucket) bucket.lessons++
  }
  for (const e of rows.events) {
    if (e.kind !== 'flaw_done') continue
    const bucket = bucketOf(e.occurred_at)
    if (bucket) bucket.challenges++
  }
  for (const a of rows.attempts) {
    const bucket = bucketOf(a.created_at)
    if (bucket) bucket.challenges++
  }
  return buckets
}

export interface MinutesEntry {
  at: string
  minutes: number | null | undefined
}

/**
 * Minutes saved per week and the running total, for the last `weeks` weeks. Minutes saved before
 * the window count in the total it starts from; entries after the current week are ignored.
 */
export function cumulativeMinutes(
  entries: readonly MinutesEntry[],
  options: WindowOptions,
): MinutesPoint[] {
  const dayOf = localDayIn(options.timeZone)
  const mondays = weekWindow(options)
  const first = mondays[0]
  const perWeek = new Map(mondays.map((m) => [m, 0]))
  let before = 0
  for (const { at, minutes } of entries) {
    if (!minutes || minutes <= 0 || !Number.isFinite(minutes)) continue
    const week = weekStart(dayOf(at))
    const inWindow = perWeek.get(week)
    if (inWindow !== undefined) perWeek.set(week, inWindow + minutes)
    else if (first !== undefined && week < first) before += minutes
  }
  let total = before
  return mondays.map((week) => {
    const minutes = perWeek.get(week) ?? 0
    total += minutes
    return { week, minutes, total }
  })
}

/** The distinct local days on which anything was learned, ascending. */
export function learnedDays(instants: Iterable<string>, timeZone?: string): LocalDate[] {
  const dayOf = localDayIn(timeZone)
  const days = new Set<LocalDate>()
  for (const iso of instants) {
    const day = dayOf(iso)
    days.add(day)
  }
  return [...days].sort()
}

function asCount(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0
}

/** The results of each spot-the-flaw exercise done (counts read defensively). */
export function flawResults(events: readonly ProgressEvent[]): FlawDone[] {
  const results: FlawDone[] = []
  for (const e of events) {
    if (e.kind !== 'flaw_done' || !e.data) continue
    const data = (typeof e.data === 'object' ? e.data : {}) as Record<string, unknown>
    const flaw_id = typeof data.flaw_id === 'string' ? data.flaw_id : e.lesson_id
    results.push({
      flaw_id,
      hits: asCount(data.hits),
      misses: asCount(data.misses),
      false_alarms: asCount(data.false_alarms),
    })
  }
  return results
}

function minutesEntries(
  attempts: readonly GrowthAttempt[],
  uses: readonly GrowthUse[],
): MinutesEntry[] {
  return [
    ...attempts.map((a) => ({ at: a.created_at, minutes: a.minutes_saved })),
    ...uses.map((u) => ({ at: u.used_at, minutes: u.minutes_saved })),
  ]
}

/** Everything the growth page shows, from the person's own rows. */
export function summariseGrowth(
  rows: {
    events: readonly ProgressEvent[]
    answers: readonly GrowthAnswer[]
    attempts: readonly GrowthAttempt[]
    uses: readonly GrowthUse[]
  },
  options: WindowOptions & { minutesWeeks?: number },
): GrowthData {
  const { events, answers, attempts, uses } = rows
  if (events.length + answers.length + attempts.length + uses.length === 0) {
    // Nothing to chart (every first visit): no week window either. Its first time-zone formatter
    // loads ICU's zone data, ~50 ms of a traced first visit to /me here.
    return {
      hasActivity: false,
      weeks: [],
      minutes: [],
      learnedDays: [],
      answers: [],
      challenges: [],
      flaws: [],
    }
  }
  const instants: string[] = []
  for (const e of events) instants.push(e.occurred_at)
  for (const a of answers) instants.push(a.answered_at)
  for (const a of attempts) instants.push(a.created_at)
  return {
    hasActivity: true,
    weeks: weeklyActivity({ events, attempts }, options),
    minutes: cumulativeMinutes(minutesEntries(attempts, uses), {
      ...options,
      weeks: options.minutesWeeks ?? options.weeks,
    }),
    learnedDays: learnedDays(instants, options.timeZone),
    answers: answers.map(({ lesson_id, question_id, choice_id, correct, answered_at }) => ({
      lesson_id,
      question_id,
      choice_id,
      correct,
      answered_at,
    })),
    challenges: attempts.map((a) => ({
      challenge_id: a.challenge_id,
      self_score: a.self_score ?? null,
    })),
    flaws: flawResults(events),
  }
}
