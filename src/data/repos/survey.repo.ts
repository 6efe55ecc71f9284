/**
 * The mapping survey (H2): rounds (synced table `surveys`, every member reads them, HR and admins
 * open and close them) and the person's own answer to a round (`survey_responses`, one per person
 * and round, only they read it). Reads are usable inside liveQuery; each write is one Dexie
 * transaction with its outbox entry. HR's figures come from the server (src/data/server/survey.ts).
 */
import {
  answersForServer,
  checkNewRound,
  checkSurveyForm,
  isAnswerable,
  SURVEY_TITLE_LIMIT,
  type SurveyForm,
  type SurveyProblem,
  type SurveyRoundProblem,
} from '@/domain/survey'
import type { SurveyResponseRow, SurveyRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { isOwnRow } from './owner'
import { saveWithOutbox } from './outbox'
import { getMemberships } from './membership.repo'

export class InvalidSurveyError extends Error {
  constructor(
    readonly problems: (
      SurveyProblem | { code: SurveyRoundProblem | 'closed' | 'not_hr' | 'already_open' }
    )[],
  ) {
    super(`Invalid survey write: ${problems.map((p) => p.code).join(', ')}`)
    this.name = 'InvalidSurveyError'
  }
}

/** The organisation's rounds, newest first. */
export async function getSurveys(organisationId: string | null): Promise<SurveyRow[]> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return []
  const rows = await db.surveys.where('organisation_id').equals(organisationId).toArray()
  return rows.sort(
    (a, b) =>
      (b.opened_at ?? '').localeCompare(a.opened_at ?? '') ||
      b.closes_on.localeCompare(a.closes_on),
  )
}

/** Every round of the person's organisations (for the invitation). */
export async function getMySurveys(userId: string | null): Promise<SurveyRow[]> {
  const db = loadedDb() ?? (await openDb())
  const orgs = (await getMemberships(userId)).map((m) => m.organisationId)
  if (orgs.length === 0) return []
  return db.surveys.where('organisation_id').anyOf(orgs).toArray()
}

export async function getSurvey(id: string): Promise<SurveyRow | null> {
  const db = loadedDb() ?? (await openDb())
  return (await db.surveys.get(id)) ?? null
}

/** The person's own answer to a round, or null. */
export async function getMyResponse(
  surveyId: string,
  userId: string | null,
): Promise<SurveyResponseRow | null> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.survey_responses.where('survey_id').equals(surveyId).toArray()
  return rows.find((r) => isOwnRow(r, userId)) ?? null
}

/** Saves (or replaces) the person's answer to an answerable round. */
export async function saveSurveyResponse(input: {
  userId: string | null
  survey: SurveyRow
  form: SurveyForm
  now?: Date
}): Promise<SurveyResponseRow> {
  const db = loadedDb() ?? (await openDb())
  const now = input.now ?? new Date()
  if (!isAnswerable(input.survey, now)) throw new InvalidSurveyError([{ code: 'closed' }])
  const problems = checkSurveyForm(input.form)
  if (problems.length > 0) throw new InvalidSurveyError(problems)
  const existing = await getMyResponse(input.survey.id, input.userId)
  const trim = (s: string) => s.trim()
  const row: SurveyResponseRow = {
    id: existing?.id ?? crypto.randomUUID(),
    survey_id: input.survey.id,
    organisation_id: input.survey.organisation_id,
    answers: answersForServer(input.form.answers),
    tools_other: trim(input.form.texts.tools_other),
    time_thieves_text: trim(input.form.texts.time_thieves_text),
    potentials_text: trim(input.form.texts.potentials_text),
    barriers_text: trim(input.form.texts.barriers_text),
    quote_consent: input.form.quoteConsent,
    created_at: existing?.created_at ?? now.toISOString(),
    updated_at: now.toISOString(),
  }
  if (existing?.user_id) row.user_id = existing.user_id
  else if (input.userId) row.user_id = input.userId
  return saveWithOutbox(db.survey_responses, row)
}

async function assertHr(userId: string | null, organisationId: string) {
  const m = (await getMemberships(userId)).find((x) => x.organisationId === organisationId)
  if (!m || !(m.roles.includes('hr') || m.roles.includes('admin'))) {
    throw new InvalidSurveyError([{ code: 'not_hr' }])
  }
}

/** HR opens a round (one open round per organisation: the server agrees). */
export async function openSurvey(input: {
  userId: string | null
  organisationId: string
  title: string
  closesOn: string
  now?: Date
}): Promise<SurveyRow> {
  const db = loadedDb() ?? (await openDb())
  const now = input.now ?? new Date()
  await assertHr(input.userId, input.organisationId)
  const problems = checkNewRound(input.title, input.closesOn, now)
  if (problems.length > 0) throw new InvalidSurveyError(problems.map((code) => ({ code })))
  const rounds = await getSurveys(input.organisationId)
  if (rounds.some((r) => r.status === 'open'))
    throw new InvalidSurveyError([{ code: 'already_open' }])
  const row: SurveyRow = {
    id: crypto.randomUUID(),
    organisation_id: input.organisationId,
    title: [...input.title.trim()].slice(0, SURVEY_TITLE_LIMIT).join(''),
    status: 'open',
    closes_on: input.closesOn,
    opened_at: now.toISOString(),
  }
  return saveWithOutbox(db.surveys, row)
}

/** HR closes a round: no answers are taken after this. */
export async function closeSurvey(input: {
  userId: string | null
  survey: SurveyRow
  now?: Date
}): Promise<SurveyRow> {
  const db = loadedDb() ?? (await openDb())
  await assertHr(input.userId, input.survey.organisation_id)
  return saveWithOutbox(db.surveys, {
    ...input.survey,
    status: 'closed',
    closed_at: (input.now ?? new Date()).toISOString(),
  })
}
