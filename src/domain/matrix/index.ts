/**
 * HR's skills matrix (issue 18 H3): the server's answer (public.skills_matrix, suppressed
 * there), target levels with their defaults, the gap of each cell, and what closes a gap.
 * Pure: no Vue, Dexie or network.
 */
import {
  competencyIds,
  levelOf,
  levels,
  type AssessmentLevel,
  type CompetencyId,
  type Level,
} from '@/domain/competence'

/** One competency of one shown job role, as the server counts it. */
export interface MatrixFigures {
  /** People with a self-assessment of it (their latest). */
  self_people: number
  /** People per self-assessed level 1..4; null under the minimum group. */
  self: [number, number, number, number] | null
  self_avg: number | null
  /** People with an objective estimate (C4: quizzes, challenges, spot-the-flaw). */
  objective_people: number
  objective: [number, number, number, number] | null
  objective_avg: number | null
}

export type MatrixRole =
  | { key: string; name: string; suppressed: true }
  | {
      key: string
      name: string
      suppressed: false
      people: number
      competencies: Partial<Record<CompetencyId, MatrixFigures>>
    }

export interface MatrixAnswer {
  min_group: number
  generated_at: string
  /** Everyone counted; null when the organisation itself is under the minimum group. */
  people: number | null
  competencies: string[]
  roles: MatrixRole[]
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0
const isAvg = (v: unknown) => v === null || (typeof v === 'number' && v >= 1 && v <= 4)
const isDistribution = (v: unknown) =>
  v === null || (Array.isArray(v) && v.length === 4 && v.every(isCount))

function isFigures(v: unknown): v is MatrixFigures {
  if (typeof v !== 'object' || v === null) return false
  const f = v as Record<string, unknown>
  return (
    isCount(f.self_people) &&
    isCount(f.objective_people) &&
    isDistribution(f.self) &&
    isDistribution(f.objective) &&
    isAvg(f.self_avg) &&
    isAvg(f.objective_avg)
  )
}

function isRole(v: unknown): v is MatrixRole {
  if (typeof v !== 'object' || v === null) return false
  const r = v as Record<string, unknown>
  if (typeof r.key !== 'string' || typeof r.name !== 'string') return false
  if (r.suppressed === true) return true
  if (r.suppressed !== false || !isCount(r.people)) return false
  if (typeof r.competencies !== 'object' || r.competencies === null) return false
  return Object.values(r.competencies).every(isFigures)
}

/** Whether an answer has the shape the screens rely on (anything else is 'failed'). */
export function isMatrixAnswer(v: unknown): v is MatrixAnswer {
  if (typeof v !== 'object' || v === null) return false
  const a = v as Record<string, unknown>
  return (
    isCount(a.min_group) &&
    typeof a.generated_at === 'string' &&
    (a.people === null || isCount(a.people)) &&
    Array.isArray(a.competencies) &&
    Array.isArray(a.roles) &&
    a.roles.every(isRole)
  )
}

/**
 * The default target of a competency when HR has set none, from the competence model: the basic
 * level is for everyone, so 3 ("I use it on my own"); the intermediate level 2 (getting started);
 * the expert level 1 (a few specialists, whom HR names by setting a target).
 */
export const DEFAULT_TARGETS: Record<Level, AssessmentLevel> = {
  basic: 3,
  intermediate: 2,
  expert: 1,
}

export function defaultTarget(competency: CompetencyId): AssessmentLevel {
  return DEFAULT_TARGETS[levelOf(competency)]
}

export function isTargetLevel(v: unknown): v is AssessmentLevel {
  return v === 1 || v === 2 || v === 3 || v === 4
}

export interface Target {
  level: AssessmentLevel
  /** True when HR set no target and the default applies (the screen says so). */
  isDefault: boolean
}

/** The target of one cell: what HR set for the job role, else the default. */
export function targetFor(
  targets: Partial<Record<string, number>> | null | undefined,
  competency: CompetencyId,
): Target {
  const set = targets?.[competency]
  return isTargetLevel(set)
    ? { level: set, isDefault: false }
    : { level: defaultTarget(competency), isDefault: true }
}

/** Half a step or more below target is a gap; a whole step or more a large one. */
export const GAP_SMALL = 0.5
export const GAP_LARGE = 1

export type GapSeverity = 'unknown' | 'met' | 'small' | 'large'

export interface CellGap {
  target: Target
  /** The level the gap is measured from: the objective mean when shown, else the self-assessed. */
  current: number | null
  basis: 'objective' | 'self' | null
  /** target − current, rounded to a tenth; null when nothing is shown. */
  gap: number | null
  severity: GapSeverity
}

/**
 * The gap of one cell. The objective estimate is preferred (what people showed, not what they
 * believe); where it is not shown (too few people with evidence) the self-assessment is used.
 */
export function cellGap(figures: MatrixFigures | undefined, target: Target): CellGap {
  const objective = figures?.objective_avg ?? null
  const self = figures?.self_avg ?? null
  const current = objective ?? self
  const basis = objective !== null ? 'objective' : self !== null ? 'self' : null
  if (current === null)
    return { target, current: null, basis: null, gap: null, severity: 'unknown' }
  const gap = Math.round((target.level - current) * 10) / 10
  const severity: GapSeverity = gap >= GAP_LARGE ? 'large' : gap >= GAP_SMALL ? 'small' : 'met'
  return { target, current, basis, gap, severity }
}

export interface RoleGap extends CellGap {
  roleKey: string
  roleName: string
  competency: CompetencyId
}

/**
 * The biggest gaps of the matrix (small or large), largest first, then by role name and the
 * competence model's order; at most `limit`. Suppressed roles have no gaps (no figures).
 */
export function biggestGaps(
  answer: MatrixAnswer,
  targetsByRole: Readonly<Record<string, Partial<Record<string, number>>>>,
  limit = 10,
): RoleGap[] {
  const gaps: RoleGap[] = []
  for (const role of answer.roles) {
    if (role.suppressed) continue
    for (const competency of competencyIds) {
      const g = cellGap(
        role.competencies[competency],
        targetFor(targetsByRole[role.key], competency),
      )
      if (g.severity === 'small' || g.severity === 'large') {
        gaps.push({ ...g, roleKey: role.key, roleName: role.name, competency })
      }
    }
  }
  const order = (c: CompetencyId) => competencyIds.indexOf(c)
  return gaps
    .sort(
      (a, b) =>
        b.gap! - a.gap! ||
        (a.roleName < b.roleName ? -1 : a.roleName > b.roleName ? 1 : 0) ||
        order(a.competency) - order(b.competency),
    )
    .slice(0, limit)
}

/** The parts of lessons and challenges a suggestion needs. */
export interface SuggestableContent {
  id: string
  competency: CompetencyId
  level: Level
  title: { nb: string; en: string }
  /** Lessons only: place in the curriculum. */
  order?: number
}

export interface Suggestion {
  kind: 'lesson' | 'challenge'
  id: string
  title: { nb: string; en: string }
  /** The app's route to it. */
  to: string
}

/**
 * What closes a gap in `competency`: its lessons (curriculum order) and then its challenges
 * (basic level first), as links. Nothing when no content trains it.
 */
export function suggestionsFor(
  competency: CompetencyId,
  content: { lessons: readonly SuggestableContent[]; challenges: readonly SuggestableContent[] },
): Suggestion[] {
  const levelIndex = (l: Level) => levels.indexOf(l)
  const lessons = content.lessons
    .filter((l) => l.competency === competency)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map((l): Suggestion => ({
      kind: 'lesson',
      id: l.id,
      title: l.title,
      to: `/learn/lesson/${l.id}`,
    }))
  const challenges = content.challenges
    .filter((c) => c.competency === competency)
    .sort((a, b) => levelIndex(a.level) - levelIndex(b.level) || (a.id < b.id ? -1 : 1))
    .map((c): Suggestion => ({
      kind: 'challenge',
      id: c.id,
      title: c.title,
      to: `/challenges/${c.id}`,
    }))
  return [...lessons, ...challenges]
}

/** A story HR may use (public.success_stories): the author consented; the name only if named. */
export interface SuccessStory {
  id: string
  kind: string
  title: string
  summary: string
  minutes_before: number | null
  minutes_after: number | null
  created_at: string
  author_name: string | null
}

const isMinutes = (v: unknown) => v === null || isCount(v)

export function isSuccessStories(v: unknown): v is SuccessStory[] {
  return (
    Array.isArray(v) &&
    v.every((s: unknown) => {
      if (typeof s !== 'object' || s === null) return false
      const r = s as Record<string, unknown>
      return (
        typeof r.id === 'string' &&
        typeof r.title === 'string' &&
        typeof r.summary === 'string' &&
        typeof r.created_at === 'string' &&
        (r.author_name === null || typeof r.author_name === 'string') &&
        isMinutes(r.minutes_before) &&
        isMinutes(r.minutes_after)
      )
    })
  )
}

/** Minutes a story saves per time (before − after), or null when it doesn't say. */
export function storyMinutesSaved(story: SuccessStory): number | null {
  if (story.minutes_before === null || story.minutes_after === null) return null
  return story.minutes_before - story.minutes_after
}
