/**
 * The shared prompt library (PRODUCT.md P1, P2): the organisation's prompts, their history and
 * the learner's "I used this" records. Reads are usable inside liveQuery; every write is one Dexie
 * transaction holding the row and its outbox entry.
 *
 * Server rules (supabase/migrations/…_library.sql, …_sync_rpc.sql): a member may only insert
 * their own prompt with status 'submitted'; ambassadors and admins approve, feature and retire.
 * An edit carries `base_revision` (the revision the editor saw); the server makes every edit a new
 * revision and keeps an overtaken one in `prompt_revisions`.
 */
import type { PromptRevisionRow, PromptRow, PromptUseRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { saveWithOutbox } from './outbox'
import { NoOrganisationError, organisationFor } from './membership.repo'
import { isMinutesSaved } from '@/domain/minutesSaved'
import { cleanPrompt, InvalidPromptError, type PromptInput } from '@/domain/library'


export type PromptStatus = PromptRow['status']

/** Approved prompts and the person's own submissions: what the library lists. */
export async function listLibraryRows(userId: string | null): Promise<PromptRow[]> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.prompts.where('status').anyOf('approved', 'submitted').toArray()
  return rows.filter((row) => row.status === 'approved' || isMine(row, userId))
}

/** A submission written on this device before sign-in has no author yet: it is the person's. */
export function isMine(row: Pick<PromptRow, 'author_id'>, userId: string | null): boolean {
  return !row.author_id || row.author_id === userId
}

export async function getPrompt(id: string): Promise<PromptRow | undefined> {
  const db = loadedDb() ?? (await openDb())
  return db.prompts.get(id)
}

/** The prompt's history, newest first. */
export async function listRevisions(promptId: string): Promise<PromptRevisionRow[]> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.prompt_revisions.where('prompt_id').equals(promptId).toArray()
  return rows.sort((a, b) => b.revision - a.revision)
}

/** Submitted prompts waiting for an ambassador, oldest first. */
export async function listSubmitted(): Promise<PromptRow[]> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.prompts.where('status').equals('submitted').toArray()
  return rows.sort((a, b) => a.updated_at.localeCompare(b.updated_at))
}

export async function listApproved(): Promise<PromptRow[]> {
  const db = loadedDb() ?? (await openDb())
  return db.prompts.where('status').equals('approved').toArray()
}

/** Ids of the starter prompts shipped with the app (src/content/library), as the server checks them. */
export const STARTER_PROMPT_ID = /^lp-[a-z0-9-]{1,80}$/

export function isStarterPromptId(id: string): boolean {
  return STARTER_PROMPT_ID.test(id)
}

/** The person's uses of one prompt (a starter prompt or the organisation's), newest first. */
export async function listUses(promptId: string): Promise<PromptUseRow[]> {
  const db = loadedDb() ?? (await openDb())
  const index = isStarterPromptId(promptId) ? 'starter_prompt_id' : 'prompt_id'
  const rows = await db.prompt_uses.where(index).equals(promptId).toArray()
  return rows.sort((a, b) => b.used_at.localeCompare(a.used_at))
}


/**
 * "I used this — it saved me N minutes" (P1): a personal event, synced. A use of one of the
 * organisation's prompts names it in `prompt_id`, in that prompt's organisation; a use of a starter
 * prompt names it in `starter_prompt_id`, in the person's organisation or, before they have joined
 * one, in none (`organisation_id` null: the server keeps it as the person's own).
 */
export async function recordPromptUse(input: {
  promptId: string
  minutesSaved: number
}): Promise<PromptUseRow> {
  const db = loadedDb() ?? (await openDb())
  const minutes = Math.round(input.minutesSaved)
  if (!isMinutesSaved(minutes)) {
    throw new InvalidPromptError('minutes_saved', 'out_of_range')
  }
  const tables = [db.prompt_uses, db.outbox, db.memberships, db.organisations, db.prompts]
  return db.transaction('rw', tables, async () => {
    const prompt = await db.prompts.get(input.promptId)
    let which: Pick<PromptUseRow, 'prompt_id' | 'starter_prompt_id' | 'organisation_id'>
    if (prompt) {
      which = {
        prompt_id: prompt.id,
        starter_prompt_id: null,
        organisation_id: prompt.organisation_id,
      }
    } else if (isStarterPromptId(input.promptId)) {
      which = {
        prompt_id: null,
        starter_prompt_id: input.promptId,
        organisation_id: await organisationFor(null),
      }
    } else {
      throw new Error(`No prompt ${input.promptId}`)
    }
    return saveWithOutbox(db.prompt_uses, {
      id: crypto.randomUUID(),
      ...which,
      minutes_saved: minutes,
      used_at: new Date().toISOString(),
    })
  })
}

/** The prompt of this challenge attempt has already been offered to the library. */
export class AlreadySharedError extends Error {
  constructor() {
    super('This attempt has already been shared')
    this.name = 'AlreadySharedError'
  }
}

/**
 * The prompt shared from a challenge attempt, if any (on this device: the learner's own
 * submission, or the approved prompt once an ambassador has taken it in). Usable inside liveQuery.
 */
export async function promptSharedFromAttempt(attemptId: string): Promise<PromptRow | undefined> {
  const db = loadedDb() ?? (await openDb())
  return db.prompts.get(attemptId)
}

/**
 * Anyone submits (P2): saved with status 'submitted' for the organisation's ambassadors, on this
 * phone first and sent when online. The server sets the author and revision 1. Without an
 * organisation there is nobody to share with: NoOrganisationError, and nothing is written (the
 * submit page keeps the draft until the person has joined).
 *
 * Shared from a challenge attempt (`fromAttemptId`), the prompt takes the attempt's id: the link
 * needs no extra column, survives sync to the learner's other devices, and a second share of the
 * same attempt is refused (AlreadySharedError) rather than making a duplicate.
 */
export async function submitPrompt(
  input: PromptInput,
  authorId: string | null,
  options: { fromAttemptId?: string } = {},
): Promise<PromptRow> {
  const db = loadedDb() ?? (await openDb())
  const fields = cleanPrompt(input)
  const tables = [db.prompts, db.outbox, db.memberships, db.organisations]
  return db.transaction('rw', tables, async () => {
    const organisationId = await organisationFor(authorId)
    if (!organisationId) throw new NoOrganisationError()
    const id = options.fromAttemptId ?? crypto.randomUUID()
    if (options.fromAttemptId && (await db.prompts.get(id))) throw new AlreadySharedError()
    return saveWithOutbox(db.prompts, {
      id,
      organisation_id: organisationId,
      author_id: authorId,
      ...fields,
      status: 'submitted',
      featured: false,
      revision: 1,
      updated_at: new Date().toISOString(),
      updated_by: authorId,
    })
  })
}

export interface PromptEdit {
  fields?: PromptInput
  status?: PromptStatus
  featured?: boolean
}

/**
 * An edit by a curator (or by the author while it is a submission): one new revision on the
 * server. `baseRevision` is the revision the editor saw when they opened the prompt — not the
 * one on the device now — so an edit made over someone else's newer one is kept as history.
 */
export async function editPrompt(
  id: string,
  edit: PromptEdit,
  baseRevision: number,
  editorId: string | null,
): Promise<PromptRow> {
  const db = loadedDb() ?? (await openDb())
  const fields = edit.fields ? cleanPrompt(edit.fields) : {}
  return db.transaction('rw', [db.prompts, db.outbox], async () => {
    const current = await db.prompts.get(id)
    if (!current) throw new Error(`No prompt ${id}`)
    return saveWithOutbox(db.prompts, {
      ...current,
      ...fields,
      status: edit.status ?? current.status,
      featured: edit.featured ?? current.featured,
      base_revision: baseRevision,
      updated_at: new Date().toISOString(),
      updated_by: editorId,
    })
  })
}

/**
 * Challenge attempts colleagues shared for review (C3), newest first. The server lets the
 * organisation's ambassadors read them; a review itself cannot be stored yet (no table for it).
 */
export async function listAttemptsForReview(userId: string | null) {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.challenge_attempts.toArray()
  return rows
    .filter((row) => row.submitted_for_review && (!userId || row.user_id !== userId))
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
}
