/**
 * HR's programme (PRODUCT.md H1): the seed's five steps with their weeks, the pitfalls to check,
 * and the dates each step falls on from a start date. Pure, unit-tested.
 */

export type StepStatus = 'not_started' | 'in_progress' | 'done'
export const STEP_STATUSES: readonly StepStatus[] = ['not_started', 'in_progress', 'done']

export type StepId = 'mapping' | 'matrix' | 'training' | 'coaching' | 'measure'

export interface StepDefinition {
  id: StepId
  /** First and last week (1-based; `last` null: ongoing, "10+"). */
  weeks: { first: number; last: number | null }
  /** What the app offers for the step: route paths. */
  links: { key: string; to: string }[]
}

/** The seed's five steps, in order. */
export const STEPS: readonly StepDefinition[] = [
  {
    id: 'mapping',
    weeks: { first: 1, last: 2 },
    links: [
      { key: 'survey', to: '/insights/survey' },
      { key: 'insights', to: '/insights' },
    ],
  },
  {
    id: 'matrix',
    weeks: { first: 3, last: 3 },
    links: [{ key: 'matrix', to: '/insights/matrix' }],
  },
  {
    id: 'training',
    weeks: { first: 4, last: 5 },
    links: [
      { key: 'lessons', to: '/learn' },
      { key: 'challenges', to: '/challenges' },
    ],
  },
  {
    id: 'coaching',
    weeks: { first: 6, last: 9 },
    links: [
      { key: 'community', to: '/community' },
      { key: 'library', to: '/library' },
      { key: 'challenges', to: '/challenges' },
    ],
  },
  {
    id: 'measure',
    weeks: { first: 10, last: null },
    links: [
      { key: 'insights', to: '/insights' },
      { key: 'roi', to: '/insights/roi' },
      { key: 'report', to: '/insights/report' },
    ],
  },
]

/** The seed's pitfalls, as a checklist ("we have dealt with this"). */
export const PITFALLS = [
  'big_bang',
  'no_practice',
  'no_leaders',
  'tool_sprawl',
  'expectations',
  'data_rules_last',
  'no_measurement',
  'no_anchoring',
] as const
export type Pitfall = (typeof PITFALLS)[number]

export const PROGRAMME_LIMITS = { owner: 80, notes: 2000, pilotNote: 500, pilotDepartments: 100 }

export interface StepState {
  status: StepStatus
  owner: string
  notes: string
}

export interface Programme {
  startDate: string | null
  pilotDepartmentIds: string[]
  pilotNote: string
  steps: StepState[]
  pitfalls: Partial<Record<Pitfall, boolean>>
}

export const emptyProgramme = (): Programme => ({
  startDate: null,
  pilotDepartmentIds: [],
  pilotNote: '',
  steps: STEPS.map(() => ({ status: 'not_started', owner: '', notes: '' })),
  pitfalls: {},
})

const DAY = 86_400_000

/** A `YYYY-MM-DD` date as UTC midnight, or null when it is not a real date. */
export function parseDay(day: string | null | undefined): number | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/u.test(day)) return null
  const t = Date.parse(`${day}T00:00:00Z`)
  if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== day) return null
  return t
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10)

/** The days a step covers from the start date: its first week's first day to its last week's last. */
export function stepDates(
  startDate: string | null,
  step: StepDefinition,
): { from: string; to: string | null } | null {
  const start = parseDay(startDate)
  if (start === null) return null
  const from = start + (step.weeks.first - 1) * 7 * DAY
  const to = step.weeks.last === null ? null : start + (step.weeks.last * 7 - 1) * DAY
  return { from: iso(from), to: to === null ? null : iso(to) }
}

/** The programme's week on `today` (1 = the start week), or null before the start / no start. */
export function currentWeek(startDate: string | null, today: string): number | null {
  const start = parseDay(startDate)
  const now = parseDay(today)
  if (start === null || now === null || now < start) return null
  return Math.floor((now - start) / (7 * DAY)) + 1
}

/** The step whose weeks hold `week` (weeks past 9 are step five's), or null. */
export function stepOfWeek(week: number | null): StepDefinition | null {
  if (week === null || week < 1) return null
  return (
    STEPS.find((s) => week >= s.weeks.first && (s.weeks.last === null || week <= s.weeks.last)) ??
    null
  )
}

/** Counts for a status line: steps done, in progress, and pitfalls checked. */
export function programmeSummary(p: Programme) {
  return {
    done: p.steps.filter((s) => s.status === 'done').length,
    inProgress: p.steps.filter((s) => s.status === 'in_progress').length,
    total: STEPS.length,
    pitfallsChecked: PITFALLS.filter((k) => p.pitfalls[k]).length,
    pitfallsTotal: PITFALLS.length,
  }
}

export type ProgrammeProblem =
  | { code: 'bad_start_date' }
  | { code: 'owner_too_long' | 'notes_too_long'; step: number }
  | { code: 'pilot_note_too_long' | 'too_many_pilot_departments' }

/** Problems that would make the server refuse the row (its checks mirror these). */
export function checkProgramme(p: Programme): ProgrammeProblem[] {
  const problems: ProgrammeProblem[] = []
  if (p.startDate !== null) {
    const t = parseDay(p.startDate)
    if (t === null || p.startDate < '2000-01-01' || p.startDate > '2099-12-31') {
      problems.push({ code: 'bad_start_date' })
    }
  }
  p.steps.forEach((s, step) => {
    if ([...s.owner].length > PROGRAMME_LIMITS.owner)
      problems.push({ code: 'owner_too_long', step })
    if ([...s.notes].length > PROGRAMME_LIMITS.notes)
      problems.push({ code: 'notes_too_long', step })
  })
  if ([...p.pilotNote].length > PROGRAMME_LIMITS.pilotNote)
    problems.push({ code: 'pilot_note_too_long' })
  if (p.pilotDepartmentIds.length > PROGRAMME_LIMITS.pilotDepartments) {
    problems.push({ code: 'too_many_pilot_departments' })
  }
  return problems
}

/** A stored row read defensively: unknown keys dropped, missing steps filled in. */
export function programmeFromStored(row: {
  start_date?: unknown
  pilot_department_ids?: unknown
  pilot_note?: unknown
  steps?: unknown
  pitfalls?: unknown
}): Programme {
  const steps = Array.isArray(row.steps) ? row.steps : []
  const pitfalls: Programme['pitfalls'] = {}
  if (row.pitfalls && typeof row.pitfalls === 'object') {
    for (const key of PITFALLS) {
      if ((row.pitfalls as Record<string, unknown>)[key] === true) pitfalls[key] = true
    }
  }
  return {
    startDate:
      typeof row.start_date === 'string' && parseDay(row.start_date) !== null
        ? row.start_date
        : null,
    pilotDepartmentIds: Array.isArray(row.pilot_department_ids)
      ? row.pilot_department_ids.filter((d): d is string => typeof d === 'string')
      : [],
    pilotNote: typeof row.pilot_note === 'string' ? row.pilot_note : '',
    steps: STEPS.map((_, i) => {
      const s = (steps[i] ?? {}) as Record<string, unknown>
      return {
        status: STEP_STATUSES.includes(s.status as StepStatus)
          ? (s.status as StepStatus)
          : 'not_started',
        owner: typeof s.owner === 'string' ? s.owner : '',
        notes: typeof s.notes === 'string' ? s.notes : '',
      }
    }),
    pitfalls,
  }
}
