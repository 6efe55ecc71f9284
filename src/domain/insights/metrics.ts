import type { InsightsAnswer, InsightsCell, InsightsDimension, NumberMetric } from './types'

/**
 * Where a figure comes from, said beside it (DESIGN.md "Numbers say what they are"):
 * measured (counted from what people did in the app), self-reported (what people told us),
 * modelled (estimated by a rule from other figures).
 */
export type MetricSource = 'measured' | 'selfReported' | 'modelled'

/** How a number is shown: a count, a share (0..1, shown as a percentage) or an average. */
export type MetricFormat = 'count' | 'share' | 'average'

export interface MetricInfo {
  source: MetricSource
  format: MetricFormat
}

export const metricInfo: Record<NumberMetric | 'minutes_saved', MetricInfo> = {
  active: { source: 'measured', format: 'count' },
  active_weekly_avg: { source: 'measured', format: 'average' },
  adoption: { source: 'measured', format: 'share' },
  lessons_completed: { source: 'measured', format: 'count' },
  challenges_completed: { source: 'measured', format: 'count' },
  flaw_accuracy: { source: 'measured', format: 'share' },
  reviews_given: { source: 'measured', format: 'count' },
  library_uses: { source: 'measured', format: 'count' },
  library_prompts_reused: { source: 'measured', format: 'count' },
  // Self-reported at prompt use and in challenges, and shown as a range, never as one figure.
  minutes_saved: { source: 'selfReported', format: 'count' },
  minutes_saved_low: { source: 'selfReported', format: 'count' },
  minutes_saved_high: { source: 'selfReported', format: 'count' },
  posts: { source: 'measured', format: 'count' },
  comments: { source: 'measured', format: 'count' },
  reactions: { source: 'measured', format: 'count' },
  replications: { source: 'measured', format: 'count' },
  ideas: { source: 'measured', format: 'count' },
  pulse_responses: { source: 'measured', format: 'count' },
  pulse_used_ai_share: { source: 'selfReported', format: 'share' },
  pulse_satisfaction_avg: { source: 'selfReported', format: 'average' },
}

/** The headline figures of HR's page, in the order shown. */
export const headlineMetrics = [
  'active_weekly_avg',
  'active',
  'adoption',
  'lessons_completed',
  'challenges_completed',
  'flaw_accuracy',
  'reviews_given',
  'library_uses',
  'library_prompts_reused',
] as const satisfies readonly NumberMetric[]

/** The columns of the per-group table. */
export const groupTableMetrics = [
  'active',
  'adoption',
  'lessons_completed',
  'challenges_completed',
] as const satisfies readonly NumberMetric[]

/**
 * A figure as text in the locale: a share as a whole percentage, an average with one decimal, a
 * count as a whole number. `null` / missing: null (the screen says "no data", never 0).
 */
export function formatMetric(
  value: number | null | undefined,
  format: MetricFormat,
  locale: string,
): string | null {
  if (value == null || !Number.isFinite(value)) return null
  if (format === 'share') {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
      value,
    )
  }
  if (format === 'average') {
    return new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value)
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(value))
}

export interface MinutesRange {
  low: number
  high: number
  unit: 'minutes' | 'hours'
}

/** Rounds to two significant figures, down for the low end and up for the high end. */
function roundTwo(value: number, direction: 'down' | 'up'): number {
  if (value <= 0) return 0
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1)
  return (direction === 'down' ? Math.floor(value / step) : Math.ceil(value / step)) * step
}

/**
 * Minutes saved as a range rounded to what self-reported data can carry: hours from 2 hours up,
 * two significant figures, the low end rounded down and the high end up (so the range only
 * widens). Null when either end is missing.
 */
export function minutesSavedRange(
  low: number | null | undefined,
  high: number | null | undefined,
): MinutesRange | null {
  if (low == null || high == null || !Number.isFinite(low) || !Number.isFinite(high)) return null
  const [a, b] = low <= high ? [low, high] : [high, low]
  const unit = b >= 120 ? 'hours' : 'minutes'
  const scale = unit === 'hours' ? 60 : 1
  return { low: roundTwo(a / scale, 'down'), high: roundTwo(b / scale, 'up'), unit }
}

export interface TrendPoint {
  from: string
  to: string
  value: number | null
}

/** One metric of one group over the periods of a trend answer (oldest first). */
export function trendSeries(
  trend: readonly InsightsAnswer[],
  metric: NumberMetric,
  dimension: InsightsDimension = 'organisation',
  key = 'all',
): TrendPoint[] {
  return trend.map((answer) => {
    const cell = answer.cells.find((c) => c.dimension === dimension && c.key === key)
    const value = cell && !cell.suppressed ? cell[metric] : null
    return {
      from: answer.period.from,
      to: answer.period.to,
      value: typeof value === 'number' ? value : null,
    }
  })
}

export interface GroupRow {
  key: string
  name: string
  /** Absent from the answer (or marked suppressed): too few people to show. */
  suppressed: boolean
  cell: InsightsCell | null
}

/**
 * The rows of the per-department (or per-job-role) table: every group the organisation has,
 * sorted by name, with the ones the server left out marked suppressed. Groups the answer names
 * but this device does not know yet are listed with the answer's name.
 */
export function groupRows(
  answer: InsightsAnswer,
  dimension: Exclude<InsightsDimension, 'organisation'>,
  known: readonly { id: string; name: string }[],
): GroupRow[] {
  const cells = new Map(
    answer.cells.filter((c) => c.dimension === dimension).map((c) => [c.key, c] as const),
  )
  const rows: GroupRow[] = known.map((group) => {
    const cell = cells.get(group.id) ?? null
    return { key: group.id, name: group.name, suppressed: !cell || !!cell.suppressed, cell }
  })
  for (const [key, cell] of cells) {
    if (!known.some((g) => g.id === key)) {
      rows.push({ key, name: cell.name ?? key, suppressed: !!cell.suppressed, cell })
    }
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name))
}

/** The organisation's cell of an answer (null if absent or suppressed). */
export function organisationCell(answer: InsightsAnswer | null | undefined): InsightsCell | null {
  const cell = answer?.cells.find((c) => c.dimension === 'organisation')
  return cell && !cell.suppressed ? cell : null
}

/** An object of counts (ideas by status, minutes bands, obstacle themes) as sorted pairs. */
export function countEntries(
  counts: Record<string, number> | null | undefined,
  order?: readonly string[],
): [string, number][] {
  if (!counts) return []
  const entries = Object.entries(counts).filter(
    (e): e is [string, number] => typeof e[1] === 'number',
  )
  if (order) {
    const index = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length)
    return entries.sort((a, b) => index(a[0]) - index(b[0]))
  }
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

/** How many periods the trend of each period kind covers. */
export const trendLength: Record<'week' | '30d' | 'quarter', number> = {
  week: 12,
  '30d': 6,
  quarter: 4,
}

const withoutGeneratedAt = (key: string, value: unknown) =>
  key === 'generated_at' ? undefined : value

/**
 * `previous` when `next` holds the same figures (the server's `generated_at` aside), else `next`:
 * a refetch that brought nothing new keeps the object the page was drawn from, so nothing is
 * drawn again (for a computed: `computed((previous) => keepIfSameFigures(previous, next))`).
 */
export function keepIfSameFigures<T>(previous: T | undefined, next: T): T {
  if (previous === undefined || previous === next) return next
  const same =
    JSON.stringify(previous, withoutGeneratedAt) === JSON.stringify(next, withoutGeneratedAt)
  return same ? previous : next
}
