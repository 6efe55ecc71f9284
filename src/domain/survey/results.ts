/**
 * The survey's results as the server answers them (public.survey_results): cells that passed
 * the suppression core, counts only. Helpers turn a cell into rows for bars, tables and CSV,
 * and compare two rounds.
 */
import {
  surveyChoices,
  surveyCompetencies,
  surveyTextFields,
  type SurveyChoiceQuestion,
  type SurveyTextField,
} from './questions'
import { surveyThemes, type SurveyTheme } from './themes'

export type SurveyDimension = 'organisation' | 'department' | 'job_role'

export interface SurveyCell {
  dimension: SurveyDimension
  key: string
  name: string | null
  /** People who answered (the group the suppression counts). */
  people: number
  /** Members of the group when the round closed (or now, while it is open). */
  members: number
  choices: Partial<Record<SurveyChoiceQuestion, Record<string, number>>>
  /** Per competency, people per level ('1'…'4'). */
  skills: Record<string, Record<string, number>>
  /** Per free-text field, people whose text has the theme. */
  themes: Partial<Record<SurveyTextField, Record<string, number>>>
  /** Words of people who consented, without who wrote them (department cells only). */
  quotes: { field: SurveyTextField; text: string }[]
}

export interface SurveyResults {
  survey: {
    id: string
    title: string
    status: 'open' | 'closed'
    opened_at: string
    closes_on: string
  }
  min_group: number
  cells: SurveyCell[]
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function isCell(v: unknown): v is SurveyCell {
  return (
    isObject(v) &&
    ['organisation', 'department', 'job_role'].includes(v.dimension as string) &&
    typeof v.key === 'string' &&
    typeof v.people === 'number' &&
    typeof v.members === 'number' &&
    isObject(v.choices) &&
    isObject(v.skills) &&
    isObject(v.themes) &&
    Array.isArray(v.quotes)
  )
}

export function isSurveyResults(v: unknown): v is SurveyResults {
  return (
    isObject(v) &&
    isObject(v.survey) &&
    typeof v.survey.id === 'string' &&
    typeof v.min_group === 'number' &&
    Array.isArray(v.cells) &&
    v.cells.every(isCell)
  )
}

/** The organisation's cell, or null when even it is suppressed (too few answers). */
export function surveyOrganisationCell(
  results: SurveyResults | null | undefined,
): SurveyCell | null {
  return results?.cells.find((c) => c.dimension === 'organisation') ?? null
}

export interface ShareRow {
  key: string
  count: number
  /** count / people, 0..1 (people who answered the round in this group). */
  share: number
}

/** Every option of a question in its fixed order, most chosen first. */
export function choiceRows(cell: SurveyCell, question: SurveyChoiceQuestion): ShareRow[] {
  const counts = cell.choices[question] ?? {}
  return rowsOf(surveyChoices[question], counts, cell.people)
}

/** The themes of one free-text field, most frequent first; themes nobody had are left out. */
export function themeRows(cell: SurveyCell, field: SurveyTextField): ShareRow[] {
  return rowsOf(surveyThemes, cell.themes[field] ?? {}, cell.people).filter((r) => r.count > 0)
}

function rowsOf(
  keys: readonly string[],
  counts: Record<string, number>,
  people: number,
): ShareRow[] {
  return keys
    .map((key, i) => ({ key, i, count: counts[key] ?? 0 }))
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .map(({ key, count }) => ({ key, count, share: people > 0 ? count / people : 0 }))
}

export interface SkillRow {
  competency: string
  /** People at level 1, 2, 3, 4. */
  levels: [number, number, number, number]
  answered: number
  /** Mean level of those who rated themselves, null when nobody did. */
  average: number | null
}

export function skillRows(cell: SurveyCell): SkillRow[] {
  return surveyCompetencies.map((competency) => {
    const c = cell.skills[competency] ?? {}
    const levels = [1, 2, 3, 4].map((l) => c[String(l)] ?? 0) as SkillRow['levels']
    const answered = levels.reduce((a, b) => a + b, 0)
    const sum = levels.reduce((a, n, i) => a + n * (i + 1), 0)
    return { competency, levels, answered, average: answered > 0 ? sum / answered : null }
  })
}

export interface ChangeRow {
  key: string
  before: number | null
  after: number
  /** Percentage points (after − before) × 100, rounded; null without a before. */
  points: number | null
}

/** What changed between two rounds for one question (shares of the organisation's answers). */
export function compareRounds(
  before: SurveyCell | null,
  after: SurveyCell,
  question: SurveyChoiceQuestion,
): ChangeRow[] {
  const old = before ? new Map(choiceRows(before, question).map((r) => [r.key, r.share])) : null
  return choiceRows(after, question).map((r) => {
    const b = old?.get(r.key) ?? null
    return {
      key: r.key,
      before: b,
      after: r.share,
      points: b === null ? null : Math.round((r.share - b) * 100),
    }
  })
}

/** Average self-rated level per competency, before and after (null where nobody rated it). */
export function compareSkills(before: SurveyCell | null, after: SurveyCell) {
  const old = before ? new Map(skillRows(before).map((r) => [r.competency, r.average])) : null
  return skillRows(after).map((r) => ({
    competency: r.competency,
    before: old?.get(r.competency) ?? null,
    after: r.average,
  }))
}

/**
 * The results as CSV rows: group, question, option, count, share (%). `label` names groups,
 * questions and options in the reader's language.
 */
export function surveyCsvRows(
  results: SurveyResults,
  label: (
    kind: 'question' | 'option' | 'theme' | 'competency',
    question: string,
    key: string,
  ) => string,
): (string | number)[][] {
  const rows: (string | number)[][] = []
  for (const cell of results.cells) {
    const group = cell.name ?? cell.key
    for (const q of Object.keys(surveyChoices) as SurveyChoiceQuestion[]) {
      for (const r of choiceRows(cell, q)) {
        rows.push([
          group,
          label('question', q, q),
          label('option', q, r.key),
          r.count,
          Math.round(r.share * 100),
        ])
      }
    }
    for (const s of skillRows(cell)) {
      s.levels.forEach((n, i) => {
        rows.push([
          group,
          label('competency', s.competency, s.competency),
          String(i + 1),
          n,
          cell.people > 0 ? Math.round((n / cell.people) * 100) : 0,
        ])
      })
    }
    for (const f of surveyTextFields) {
      for (const r of themeRows(cell, f)) {
        rows.push([
          group,
          label('question', f, f),
          label('theme', f, r.key),
          r.count,
          Math.round(r.share * 100),
        ])
      }
    }
  }
  return rows
}

export type { SurveyTheme }
