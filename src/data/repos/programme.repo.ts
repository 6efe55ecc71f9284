/**
 * HR's programme tracker (H1) and ROI model (H6): one synced row each per organisation, read and
 * written by the organisation's HR people and admins (supabase/migrations/…_hr_programme.sql).
 * Reads are usable inside liveQuery; each write is one Dexie transaction with its outbox entry.
 */
import {
  checkProgramme,
  emptyProgramme,
  programmeFromStored,
  type Programme,
  type ProgrammeProblem,
} from '@/domain/programme'
import { CURRENCIES, emptyRoiInputs, type Currency, type RoiInputs } from '@/domain/roi'
import type { HrProgrammeRow, RoiModelRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { saveWithOutbox } from './outbox'
import { getMemberships, getOrganisationName, organisationFor } from './membership.repo'

export class InvalidProgrammeError extends Error {
  constructor(readonly problems: ProgrammeProblem[]) {
    super(`Invalid programme: ${problems.map((p) => p.code).join(', ')}`)
    this.name = 'InvalidProgrammeError'
  }
}

/** Only HR or an admin of the organisation may save its programme or ROI (the server agrees). */
export class NotHrError extends Error {
  constructor() {
    super('Only HR or an admin of the organisation can change its programme')
    this.name = 'NotHrError'
  }
}

export interface HrOrganisation {
  organisationId: string
  organisationName: string | null
}

/** The first organisation (by name) where this person is HR or admin, or null. */
export async function hrOrganisation(userId: string | null): Promise<HrOrganisation | null> {
  if (!userId) return null
  const organisationId = await organisationFor(userId, { role: ['hr', 'admin'] })
  if (!organisationId) return null
  return { organisationId, organisationName: await getOrganisationName(organisationId) }
}

export interface StoredProgramme {
  programme: Programme
  updatedAt: string | null
}

/** The organisation's programme, or the empty one (nothing stored yet). */
export async function getProgramme(organisationId: string | null): Promise<StoredProgramme> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return { programme: emptyProgramme(), updatedAt: null }
  const row = await db.hr_programmes.get(organisationId)
  return row
    ? { programme: programmeFromStored(row), updatedAt: row.updated_at }
    : { programme: emptyProgramme(), updatedAt: null }
}

/** The organisation's departments by name (for the pilot group). */
export async function getDepartments(
  organisationId: string | null,
): Promise<{ id: string; name: string }[]> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return []
  const rows = await db.departments.where('organisation_id').equals(organisationId).toArray()
  return rows.map((d) => ({ id: d.id, name: d.name })).sort((a, b) => a.name.localeCompare(b.name))
}

async function assertHr(userId: string | null, organisationId: string) {
  const m = (await getMemberships(userId)).find((x) => x.organisationId === organisationId)
  if (!m || !(m.roles.includes('hr') || m.roles.includes('admin'))) throw new NotHrError()
}

/** Saves the programme (throws InvalidProgrammeError or NotHrError; nothing written then). */
export async function saveProgramme(input: {
  userId: string | null
  organisationId: string
  programme: Programme
}): Promise<HrProgrammeRow> {
  const db = loadedDb() ?? (await openDb())
  const p = input.programme
  const problems = checkProgramme(p)
  if (problems.length > 0) throw new InvalidProgrammeError(problems)
  return db.transaction(
    'rw',
    [db.hr_programmes, db.outbox, db.memberships, db.organisations],
    async () => {
      await assertHr(input.userId, input.organisationId)
      return saveWithOutbox(db.hr_programmes, {
        id: input.organisationId,
        organisation_id: input.organisationId,
        start_date: p.startDate,
        pilot_department_ids: [...new Set(p.pilotDepartmentIds)],
        pilot_note: p.pilotNote.trim(),
        steps: p.steps.map((s) => ({
          status: s.status,
          ...(s.owner.trim() ? { owner: s.owner.trim() } : {}),
          ...(s.notes.trim() ? { notes: s.notes.trim() } : {}),
        })),
        pitfalls: Object.fromEntries(Object.entries(p.pitfalls).filter(([, v]) => v)),
        // The server stamps its own time and author; these show the change until it syncs.
        updated_at: new Date().toISOString(),
        updated_by: input.userId,
      })
    },
  )
}

export interface StoredRoi {
  inputs: RoiInputs
  updatedAt: string | null
}

/** The organisation's saved ROI fields, or null when nothing is saved yet. */
export async function getRoiModel(organisationId: string | null): Promise<StoredRoi | null> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return null
  const row = await db.roi_models.get(organisationId)
  return row ? { inputs: roiFromRow(row), updatedAt: row.updated_at } : null
}

/** Saves the calculator's fields as typed (the page saves only fields that parse). */
export async function saveRoiModel(input: {
  userId: string | null
  organisationId: string
  inputs: RoiInputs
}): Promise<RoiModelRow> {
  const db = loadedDb() ?? (await openDb())
  const { currency, ...fields } = input.inputs
  const stored: Record<string, string> = {}
  for (const [k, v] of Object.entries(fields)) {
    const text = String(v).trim()
    if ([...text].length > 32) throw new RangeError(`ROI field ${k} is longer than 32 characters`)
    if (text !== '') stored[k] = text
  }
  return db.transaction(
    'rw',
    [db.roi_models, db.outbox, db.memberships, db.organisations],
    async () => {
      await assertHr(input.userId, input.organisationId)
      return saveWithOutbox(db.roi_models, {
        id: input.organisationId,
        organisation_id: input.organisationId,
        currency,
        inputs: stored,
        updated_at: new Date().toISOString(),
        updated_by: input.userId,
      })
    },
  )
}

function roiFromRow(row: RoiModelRow): RoiInputs {
  const base = emptyRoiInputs()
  const inputs = (row.inputs && typeof row.inputs === 'object' ? row.inputs : {}) as Record<
    string,
    unknown
  >
  const out: Record<string, unknown> = { ...base }
  for (const key of Object.keys(base)) {
    if (key !== 'currency' && typeof inputs[key] === 'string') out[key] = inputs[key]
  }
  if (out.hoursSavedSource !== 'self_reported') out.hoursSavedSource = 'typed'
  out.currency = CURRENCIES.includes(row.currency as Currency) ? row.currency : 'NOK'
  return out as unknown as RoiInputs
}
