/**
 * The leadership report (PRODUCT.md H7): which figures it shows, the next steps it proposes, and
 * its tables as CSV. Pure; the figures come only from what the server's insights() returned (the
 * suppression rules are the server's: a group it left out stays out here).
 */
import type { InsightsCell, NumberMetric } from '@/domain/insights'
import { STEPS, PITFALLS, type Programme, type StepId } from '@/domain/programme'

/** The report's top KPIs, in order: adoption and use first (seed: every 30 days). */
export const REPORT_KPIS = [
  'active',
  'adoption',
  'active_weekly_avg',
  'lessons_completed',
  'challenges_completed',
  'posts',
  'library_prompts_reused',
  'pulse_satisfaction_avg',
] as const satisfies readonly NumberMetric[]

export interface KpiRow {
  metric: (typeof REPORT_KPIS)[number]
  value: number | null
  previous: number | null
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** The KPI rows from the organisation's cell now and in the period before (either may be null). */
export function reportKpis(current: InsightsCell | null, previous: InsightsCell | null): KpiRow[] {
  return REPORT_KPIS.map((metric) => ({
    metric,
    value: num(current?.[metric]),
    previous: num(previous?.[metric]),
  }))
}

export type NextStep =
  | { kind: 'step'; step: StepId; owner: string }
  | { kind: 'pitfalls'; keys: string[] }
  | { kind: 'start' }
  | { kind: 'roi' }

/**
 * What comes next, at most three items: no start date → set one; the first two steps not done
 * (with their owners); pitfalls without a plan; no ROI calculation → make one.
 */
export function nextSteps(programme: Programme | null, hasRoi: boolean): NextStep[] {
  const out: NextStep[] = []
  if (!programme?.startDate) out.push({ kind: 'start' })
  if (programme) {
    STEPS.forEach((step, i) => {
      const s = programme.steps[i]
      if (s && s.status !== 'done' && out.filter((x) => x.kind === 'step').length < 2) {
        out.push({ kind: 'step', step: step.id, owner: s.owner })
      }
    })
    const open = PITFALLS.filter((k) => !programme.pitfalls[k])
    if (open.length > 0) out.push({ kind: 'pitfalls', keys: open })
  }
  if (!hasRoi) out.push({ kind: 'roi' })
  return out.slice(0, 3)
}

/**
 * Rows as CSV (RFC 4180: comma-separated, quoted where needed, CRLF). A text cell that a
 * spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe; numbers are
 * written as numbers (a dot as the decimal mark).
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (v: string | number | null | undefined): string => {
    if (v === null || v === undefined) return ''
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : ''
    let s = v
    if (/^[=+\-@\t\r]/u.test(s)) s = `'${s}`
    return /[",\r\n']/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}
