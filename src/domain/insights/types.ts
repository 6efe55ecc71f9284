/**
 * The shape of an answer from the server's insight functions (public.insights, insights_trend,
 * insights_preview; see supabase/migrations/*_insights*.sql). Only aggregates: a group smaller than
 * the organisation's minimum group size, or one that could be recovered by subtraction, is absent
 * from `cells` (insights) or present with `suppressed: true` and no numbers (insights_preview).
 */
export const insightsPeriods = ['week', '30d', 'quarter'] as const
export type InsightsPeriod = (typeof insightsPeriods)[number]

export type InsightsDimension = 'organisation' | 'department' | 'job_role'

export const minutesBands = ['0', '1-15', '15-60', '60-180', '180+'] as const
export type MinutesBand = (typeof minutesBands)[number]

export const obstacleThemes = [
  'time',
  'tools',
  'data_rules',
  'quality',
  'skills',
  'leadership',
  'other',
] as const
export type ObstacleTheme = (typeof obstacleThemes)[number]

export interface InsightsMetrics {
  active?: number | null
  active_weekly_avg?: number | null
  adoption?: number | null
  lessons_completed?: number | null
  challenges_completed?: number | null
  flaw_accuracy?: number | null
  reviews_given?: number | null
  library_uses?: number | null
  library_prompts_reused?: number | null
  minutes_saved_low?: number | null
  minutes_saved_high?: number | null
  posts?: number | null
  comments?: number | null
  reactions?: number | null
  replications?: number | null
  ideas?: number | null
  ideas_by_status?: Record<string, number> | null
  pulse_responses?: number | null
  pulse_used_ai_share?: number | null
  pulse_satisfaction_avg?: number | null
  pulse_minutes_bands?: Record<string, number> | null
  pulse_obstacle_themes?: Record<string, number> | null
  pulse_quotes?: string[] | null
}

export interface InsightsCell extends InsightsMetrics {
  dimension: InsightsDimension
  /** 'all' for the organisation, else the department's or job role's id. */
  key: string
  name?: string | null
  people?: number
  /** Only in insights_preview: a suppressed cell, with no numbers. */
  suppressed?: boolean
}

export interface InsightsAnswer {
  min_group: number
  period: { kind?: InsightsPeriod; from: string; to: string }
  generated_at?: string
  cells: InsightsCell[]
}

/** Keys of the single-number metrics (not the range, not the objects). */
export type NumberMetric = {
  [K in keyof InsightsMetrics]-?: NonNullable<InsightsMetrics[K]> extends number ? K : never
}[keyof InsightsMetrics]

/** True for a value shaped like an insights answer (what the cache and the network hand over). */
export function isInsightsAnswer(value: unknown): value is InsightsAnswer {
  if (!value || typeof value !== 'object') return false
  const v = value as Partial<InsightsAnswer>
  return (
    typeof v.min_group === 'number' &&
    !!v.period &&
    typeof v.period.from === 'string' &&
    typeof v.period.to === 'string' &&
    Array.isArray(v.cells) &&
    v.cells.every(
      (c) => !!c && typeof c === 'object' && typeof c.dimension === 'string' && typeof c.key === 'string',
    )
  )
}
