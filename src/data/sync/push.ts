import type { LoftDb, OutboxEntry } from '../db'
import type { Mutation, PushResult } from '../remote/types'

/** The oldest pending outbox entries, in the order they were written. */
export function nextBatch(db: LoftDb, size: number): Promise<OutboxEntry[]> {
  // Entries with equal index keys come in primary-key (seq) order.
  return db.outbox.where('state').equals('pending').limit(size).toArray()
}

export function toMutation(entry: OutboxEntry): Mutation {
  return { id: entry.id, table: entry.table, op: entry.op, row: entry.row }
}

/**
 * Records the server's answers: applied entries leave the outbox; rejected ones stay, marked with
 * their reason, for the user to see. An entry the server did not answer stays pending.
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
  for (const entry of batch) {
    const result = byId.get(entry.id)
    if (!result || entry.seq === undefined) continue
    if (result.status === 'applied') applied.push(entry.seq)
    else rejected.push({ seq: entry.seq, reason: result.reason ?? 'rejected' })
  }
  await db.transaction('rw', db.outbox, async () => {
    await db.outbox.bulkDelete(applied)
    for (const { seq, reason } of rejected) {
      await db.outbox.update(seq, { state: 'rejected', reason })
    }
  })
  return applied.length + rejected.length
}
