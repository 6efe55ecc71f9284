/**
 * Organisation challenges (F3): an ambassador turns a community post into a challenge of the
 * organisation, credited to the post's author, who publishes it by agreeing (or declines).
 * Reads are usable inside liveQuery; writes are one Dexie transaction with the outbox entry.
 * The server (supabase/migrations/20261208110100_organisation_challenges.sql) decides the credit,
 * the creator and every status change; a row written here holds the device's guesses until then.
 */
import {
  normaliseChecklist,
  validateChallenge,
  type ChallengeDraft,
  type ChallengeStatus,
} from '@/domain/ideas'
import type { OrganisationChallengeRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { saveWithOutbox } from './outbox'

export type { OrganisationChallengeRow }

export class InvalidChallengeError extends Error {
  constructor(readonly fields: string[]) {
    super(`Invalid challenge: ${fields.join(', ')}`)
    this.name = 'InvalidChallengeError'
  }
}

/** The organisation's published challenges on this device (beside the starter ones). */
export async function listPublishedOrgChallenges(): Promise<OrganisationChallengeRow[]> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.organisation_challenges.where('status').equals('published').toArray()
  return rows.sort((a, b) => b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id))
}

/** One challenge by id (any status this device may hold: attempts keep a retired one's text). */
export async function getOrgChallenge(id: string): Promise<OrganisationChallengeRow | null> {
  const db = loadedDb() ?? (await openDb())
  return (await db.organisation_challenges.get(id)) ?? null
}

/** The challenges made from a post (newest first). */
export async function challengesForPost(postId: string): Promise<OrganisationChallengeRow[]> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.organisation_challenges.where('source_post_id').equals(postId).toArray()
  return rows.sort((a, b) => b.created_at.localeCompare(a.created_at))
}

export interface NewOrgChallenge extends ChallengeDraft {
  organisationId: string
  postId: string
  postAuthorId: string | null
  userId: string | null
}

/** Saves a challenge made from a post, awaiting its author's consent. Returns its id. */
export async function createOrgChallenge(input: NewOrgChallenge, id?: string): Promise<string> {
  const errors = validateChallenge(input)
  if (Object.keys(errors).length > 0) throw new InvalidChallengeError(Object.keys(errors))
  const db = loadedDb() ?? (await openDb())
  const now = new Date().toISOString()
  const row: OrganisationChallengeRow = {
    id: id ?? crypto.randomUUID(),
    organisation_id: input.organisationId,
    source_post_id: input.postId,
    credited_user_id: input.postAuthorId,
    created_by: input.userId,
    title: input.title.trim(),
    task: input.task.trim(),
    example_prompt: input.example_prompt.trim(),
    checklist: normaliseChecklist(input.checklist),
    department_id: input.department_id,
    status: 'awaiting_author',
    created_at: now,
    updated_at: now,
  }
  await saveWithOutbox(db.organisation_challenges, row)
  return row.id
}

/** Agree, decline, retire, bring back or ask again (the server checks who may). */
export async function setOrgChallengeStatus(
  challenge: OrganisationChallengeRow,
  status: ChallengeStatus,
): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  await saveWithOutbox(db.organisation_challenges, {
    ...challenge,
    status,
    updated_at: new Date().toISOString(),
  })
}
