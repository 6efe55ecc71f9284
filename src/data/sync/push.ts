import type { LoftDb, OutboxEntry } from '../db'
import type { AnonymousIdea, Mutation, PushResult, Remote } from '../remote/types'
import { conflictKey, type ConflictRecord } from './conflicts'
import { wellFormedCopy } from './text'

/** The oldest pending outbox entries, in the order they were written. */
export function nextBatch(db: LoftDb, size: number): Promise<OutboxEntry[]> {
  // Entries with equal index keys come in primary-key (seq) order.
  return db.outbox.where('state').equals('pending').limit(size).toArray()
}

/**
 * The entries of `batch` that are still queued as they were (same mutation id, still pending), in
 * the batch's order: before a retry re-sends a batch, entries dropped meanwhile ("delete my data")
 * must not be sent.
 */
export async function stillQueued(db: LoftDb, batch: OutboxEntry[]): Promise<OutboxEntry[]> {
  const seqs = batch.flatMap((entry) => (entry.seq === undefined ? [] : [entry.seq]))
  const now = await db.outbox.bulkGet(seqs)
  return now.filter(
    (entry, i): entry is OutboxEntry =>
      entry !== undefined && entry.state === 'pending' && entry.id === batch[i]?.id,
  )
}

export function toMutation(entry: OutboxEntry): Mutation {
  // An entry an older version queued may still hold a NUL (see text.ts).
  return { id: entry.id, table: entry.table, op: entry.op, row: wellFormedCopy(entry.row) }
}

/**
 * Sends the start of `batch` and answers for what was sent: the entries up to the first one that
 * goes another way (`via`) in one sync_push, or that one entry alone (an anonymous idea, through
 * submit_anonymous_idea, which records no sender). The rest of the batch stays pending for the
 * next round, so the outbox keeps its order.
 */
export async function sendBatch(remote: Remote, batch: OutboxEntry[]): Promise<PushResult[]> {
  const first = batch[0]
  if (!first) return []
  if (first.via === 'anonymous_idea') return [await sendAnonymousIdea(remote, first)]
  const end = batch.findIndex((entry) => entry.via !== undefined)
  const run = end === -1 ? batch : batch.slice(0, end)
  return remote.push(run.map(toMutation))
}

/** The answers of submit_anonymous_idea as push results ('duplicate': sent before, so applied). */
const anonymousAnswers = {
  queued: { status: 'applied' },
  duplicate: { status: 'applied' },
  rate_limited: { status: 'rejected', reason: 'rate_limited' },
  forbidden: { status: 'rejected', reason: 'forbidden' },
  invalid: { status: 'rejected', reason: 'invalid_row' },
} as const

async function sendAnonymousIdea(remote: Remote, entry: OutboxEntry): Promise<PushResult> {
  // A Remote without the call (an older stand-in): refused, shown, and sent again on retry.
  if (!remote.submitAnonymousIdea) return { id: entry.id, status: 'rejected', reason: 'unsupported' }
  const row = wellFormedCopy(entry.row)
  const idea: AnonymousIdea = {
    id: String(row.id),
    organisation_id: String(row.organisation_id),
    kind: row.kind === 'obstacle' ? 'obstacle' : 'idea',
    title: typeof row.title === 'string' ? row.title : '',
    body: typeof row.body === 'string' ? row.body : '',
  }
  const status = await remote.submitAnonymousIdea(idea)
  return { id: entry.id, ...(anonymousAnswers[status] ?? { status: 'rejected', reason: 'rejected' }) }
}

/**
 * Records the server's answers: applied entries leave the outbox; rejected ones stay, marked with
 * their reason, for the user to see. An entry the server did not answer stays pending. An edit
 * applied over someone else's newer revision (`conflict`) leaves a ConflictRecord for the editor.
 * Returns how many entries the server answered.
 */
export async function recordResults(
  db: LoftDb,
  batch: OutboxEntry[],
  results: PushResult[],
): Promise<number> {
  const byId = new Map(results.map((r) => [r.id, r]))
  const applied: number[] = []
  const rejected: { seq: number; reason: string }[] = []
  const conflicts: ConflictRecord[] = []
  for (const entry of batch) {
    const result = byId.get(entry.id)
    if (!result || entry.seq === undefined) continue
    if (result.status === 'applied') applied.push(entry.seq)
    else rejected.push({ seq: entry.seq, reason: result.reason ?? 'rejected' })
    if (result.status === 'applied' && result.reason === 'conflict') conflicts.push(conflict(entry))
  }
  await db.transaction('rw', db.outbox, db.syncState, async () => {
    await db.outbox.bulkDelete(applied)
    if (conflicts.length > 0) {
      await db.syncState.bulkPut(conflicts.map((c) => ({ key: conflictKey(c.mutationId), value: c })))
    }
    for (const { seq, reason } of rejected) {
      await db.outbox.update(seq, { state: 'rejected', reason })
    }
  })
  return applied.length + rejected.length
}

function conflict(entry: OutboxEntry): ConflictRecord {
  const { row } = entry
  return {
    mutationId: entry.id,
    table: entry.table,
    rowId: String(row.id),
    baseRevision: typeof row.base_revision === 'number' ? row.base_revision : null,
    editorId: typeof row.updated_by === 'string' ? row.updated_by : null,
    mine: row,
    at: entry.createdAt,
  }
}
