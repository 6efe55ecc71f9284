/**
 * The ideas and obstacles board (F4). Reads are usable inside liveQuery; every write is one Dexie
 * transaction holding the row and its outbox entry.
 *
 * An anonymous idea is written the same way, but its outbox entry says `via: 'anonymous_idea'`:
 * the sync engine sends it with submit_anonymous_idea, never through sync_push (which records
 * the sender), and the row keeps no author on this device either. The server publishes it the
 * next day with other anonymous ideas (supabase/migrations/20261208110000_ideas.sql); until then
 * only this device shows it (`waiting`: "waiting to be published").
 */
import { validateAnswer, validateIdea, type IdeaKindValue, type IdeaStatusValue } from '@/domain/ideas'
import type { IdeaRow, IdeaVoteRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { outboxEntry, saveWithOutbox } from './outbox'

export type { IdeaRow, IdeaVoteRow }

export class InvalidIdeaError extends Error {
  constructor(readonly fields: string[]) {
    super(`Invalid idea: ${fields.join(', ')}`)
    this.name = 'InvalidIdeaError'
  }
}

/** Every idea of the organisation on this device (the board sorts and filters). */
export async function listIdeas(organisationId: string | null): Promise<IdeaRow[]> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return []
  return db.ideas.where('organisation_id').equals(organisationId).toArray()
}

/** The ids of the ideas I voted for (only mine are ever on this device). */
export async function myVotedIdeaIds(userId: string | null): Promise<Set<string>> {
  const db = loadedDb() ?? (await openDb())
  const votes = await db.idea_votes.toArray()
  return new Set(votes.filter((v) => !v.user_id || v.user_id === userId).map((v) => v.idea_id))
}

export interface NewIdea {
  organisationId: string
  userId: string | null
  kind: IdeaKindValue
  title: string
  body: string
  anonymous: boolean
}

/** Posts an idea; returns its id. Anonymous: no author on this device or the server. */
export async function postIdea(input: NewIdea): Promise<string> {
  const errors = validateIdea(input)
  if (Object.keys(errors).length > 0) throw new InvalidIdeaError(Object.keys(errors))
  const db = loadedDb() ?? (await openDb())
  const row: IdeaRow = {
    id: crypto.randomUUID(),
    organisation_id: input.organisationId,
    author_id: input.anonymous ? null : input.userId,
    anonymous: input.anonymous,
    kind: input.kind,
    title: input.title.trim(),
    body: input.body.trim(),
    status: 'new',
    answer: '',
    created_on: localDay(new Date()),
    vote_count: 0,
  }
  if (!input.anonymous) {
    await saveWithOutbox(db.ideas, row)
    return row.id
  }
  // Only what the server's call takes: no author, no time.
  const entry = outboxEntry('ideas', 'upsert', {
    id: row.id,
    organisation_id: row.organisation_id,
    kind: row.kind,
    title: row.title,
    body: row.body,
  })
  entry.via = 'anonymous_idea'
  await db.transaction('rw', db.ideas, db.outbox, async () => {
    await db.ideas.put({ ...row, waiting: true })
    await db.outbox.add(entry)
  })
  return row.id
}

/** Sets an idea's status and answer (ambassadors, HR, admins; the server checks). */
export async function answerIdea(
  idea: IdeaRow,
  status: IdeaStatusValue,
  answer: string,
  userId: string | null,
): Promise<void> {
  if (validateAnswer(answer)) throw new InvalidIdeaError(['answer'])
  const db = loadedDb() ?? (await openDb())
  await saveWithOutbox(db.ideas, {
    ...idea,
    status,
    answer: answer.trim(),
    answered_by: userId,
    answered_on: localDay(new Date()),
  })
}

/**
 * Votes for an idea, or takes the vote back. One vote per person and idea: its id is derived from
 * both, so two devices of one person write the same row. The idea's count changes here at once
 * (the next pull brings the server's count).
 */
export async function toggleVote(idea: IdeaRow, userId: string): Promise<boolean> {
  const db = loadedDb() ?? (await openDb())
  const id = await voteId(idea.id, userId)
  return db.transaction('rw', db.idea_votes, db.ideas, db.outbox, async () => {
    const existing = await db.idea_votes.get(id)
    const stored = await db.ideas.get(idea.id)
    const count = stored?.vote_count ?? 0
    if (existing) {
      await db.idea_votes.delete(id)
      await db.outbox.add(outboxEntry('idea_votes', 'delete', { id }))
      if (stored) await db.ideas.update(idea.id, { vote_count: Math.max(0, count - 1) })
      return false
    }
    const vote: IdeaVoteRow = {
      id,
      idea_id: idea.id,
      user_id: userId,
      organisation_id: idea.organisation_id,
      created_on: localDay(new Date()),
    }
    const entry = outboxEntry('idea_votes', 'upsert', vote)
    await db.idea_votes.put(entry.row as IdeaVoteRow)
    await db.outbox.add(entry)
    if (stored) await db.ideas.update(idea.id, { vote_count: count + 1 })
    return true
  })
}

/** A UUID (version 8 layout) from SHA-256 of the idea and the person: the same on every device. */
export async function voteId(ideaId: string, userId: string): Promise<string> {
  const bytes = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`idea_vote:${ideaId}:${userId}`)),
  ).slice(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x80
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Whether this device holds an anonymous idea the server has not published yet. */
export function isWaitingAnonymous(idea: IdeaRow): boolean {
  return idea.waiting === true
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
