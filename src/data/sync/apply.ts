import type { Table } from 'dexie'
import { notifyActivityChange } from '../activityEvents'
import type { LoftDb } from '../db'
import type { Change, PullCursor } from '../remote/types'
import { isSingletonTable, isSyncedTable, syncedTables } from './tables'

const CURSOR_KEY = 'cursor'
/** Whose pull the cursor is (the user id; null when pulled without one, as tests do). */
const CURSOR_OWNER_KEY = 'cursorOwner'
/** Set by an action that needs the device's server data fetched again (dismiss, delete my data). */
const REPULL_KEY = 'repull'

/**
 * Where the next pull starts: from `cursor`; or from scratch, either replacing the server rows at
 * once (`reset`), or keeping them in sight while everything is fetched again and dropping only
 * what the full pull did not bring (`sweep`, see sweepUnseen).
 */
export interface PullStart {
  cursor: PullCursor | null
  reset: boolean
  sweep: boolean
}

/**
 * The stored cursor, if it is `owner`'s. A cursor stored for another person (or before the owner
 * was stored at all) is treated as none, and the first page then replaces every server row: rows
 * a previous person could see never stay for the next one, not even for the length of a pull.
 * After markForRepull, the pull starts from scratch and sweeps at its end.
 */
export async function readCursor(db: LoftDb, owner: string | null = null): Promise<PullStart> {
  const [cursor, storedOwner, repull] = await db.syncState.bulkGet([
    CURSOR_KEY,
    CURSOR_OWNER_KEY,
    REPULL_KEY,
  ])
  if (cursor && (!storedOwner || storedOwner.value !== owner)) {
    return { cursor: null, reset: true, sweep: false }
  }
  if (repull) return { cursor: null, reset: false, sweep: true }
  return { cursor: cursor?.value ?? null, reset: false, sweep: false }
}

/**
 * Asks for the device's server data to be fetched again: the next pull starts from scratch and
 * then drops what it did not bring. Call inside a transaction that holds syncState.
 */
export async function markForRepull(db: LoftDb): Promise<void> {
  await db.syncState.put({ key: REPULL_KEY, value: true })
}

type Row = Record<string, unknown>

/**
 * Rows that still have an outbox entry, waiting or refused: `table:id`, plus `table` alone for
 * singletons (a pending profile edit keeps the local profile whatever id the server gives it).
 * The local edit wins until it has been pushed; the server sends the row again after that. A
 * refused edit stays as the person wrote it, beside its refusal, until they retry it or let it
 * go (dismiss, which fetches the server's version).
 */
async function pendingKeys(db: LoftDb): Promise<Set<string>> {
  const keys = new Set<string>()
  await db.outbox.each((entry) => {
    keys.add(`${entry.table}:${String(entry.row.id)}`)
    if (isSingletonTable(entry.table)) keys.add(entry.table)
  })
  return keys
}

function isPending(pending: Set<string>, table: string, id: unknown): boolean {
  return pending.has(table) || pending.has(`${table}:${String(id)}`)
}

function syncedTableObjects(db: LoftDb): Table<Row, string>[] {
  return syncedTables.map((name) => db.table<Row, string>(name))
}

/**
 * Applies one pulled page and stores its cursor in the same Dexie transaction, so a crash leaves
 * either the whole page and its cursor, or neither (the page is then pulled again).
 * No outbox entry is written: pulled rows are never echoed back to the server.
 *
 * `reset`: the server could not continue from our cursor (tombstones pruned, or memberships
 * changed) and this page starts from scratch: first drop every server-derived row — except rows
 * with a pending outbox entry, which exist nowhere else yet.
 */
export async function applyPage(
  db: LoftDb,
  changes: Change[],
  cursor: PullCursor,
  options: { reset?: boolean; owner?: string | null } = {},
): Promise<void> {
  await db.transaction('rw', [...syncedTableObjects(db), db.outbox, db.syncState], async () => {
    const pending = await pendingKeys(db)
    if (options.reset) await dropServerRows(db, pending)
    // The last change for an id wins, as on the server; grouped per table for bulk writes.
    const latest = new Map<string, Map<string, Change>>()
    for (const change of changes) {
      if (!isSyncedTable(change.table)) continue // a newer server's table: ignored by this version
      const id = change.row.id
      if (typeof id !== 'string' || isPending(pending, change.table, id)) continue
      let byId = latest.get(change.table)
      if (!byId) latest.set(change.table, (byId = new Map()))
      byId.delete(id) // keep the insertion order of the latest change
      byId.set(id, change)
    }
    for (const [name, byId] of latest) {
      const table = db.table<Row, string>(name)
      const puts: Row[] = []
      const deletes: string[] = []
      for (const [id, change] of byId) {
        if (change.op === 'delete') deletes.push(id)
        else puts.push(change.row)
      }
      if (isSingletonTable(name) && puts.length > 0) {
        // One profile per device: the pulled one replaces whatever id the device used before.
        await table.clear()
        puts.splice(0, puts.length - 1)
      }
      if (deletes.length > 0) await table.bulkDelete(deletes)
      if (puts.length > 0) await table.bulkPut(puts)
    }
    await db.syncState.bulkPut([
      { key: CURSOR_KEY, value: cursor },
      { key: CURSOR_OWNER_KEY, value: options.owner ?? null },
    ])
    if (options.reset) await db.syncState.delete(REPULL_KEY)
  })
  // Rows from another device may add to the person's activity (activityEvents.ts).
  if (changes.length > 0 || options.reset) notifyActivityChange()
}

/** The rows a pull brought, per table (`seen`), for sweepUnseen. */
export function noteSeen(seen: Map<string, Set<string>>, changes: Change[]): void {
  for (const change of changes) {
    const id = change.row.id
    if (!isSyncedTable(change.table) || typeof id !== 'string') continue
    let ids = seen.get(change.table)
    if (!ids) seen.set(change.table, (ids = new Set()))
    if (change.op === 'delete') ids.delete(id)
    else ids.add(id)
  }
}

/**
 * Ends a pull from scratch that kept the old rows in sight (PullStart.sweep): drops every server
 * row the pull did not bring — except rows with an outbox entry — and the repull mark, in one
 * transaction.
 */
export async function sweepUnseen(db: LoftDb, seen: Map<string, Set<string>>): Promise<void> {
  await db.transaction('rw', [...syncedTableObjects(db), db.outbox, db.syncState], async () => {
    const pending = await pendingKeys(db)
    for (const name of syncedTables) {
      if (pending.has(name)) continue // a singleton with a pending edit
      const table = db.table<Row, string>(name)
      const kept = seen.get(name)
      const ids = await table.toCollection().primaryKeys()
      await table.bulkDelete(
        ids.filter((id) => !kept?.has(id) && !pending.has(`${name}:${id}`)),
      )
    }
    await db.syncState.delete(REPULL_KEY)
  })
  notifyActivityChange()
}

async function dropServerRows(db: LoftDb, pending: Set<string>): Promise<void> {
  for (const name of syncedTables) {
    if (pending.has(name)) continue // a singleton with a pending edit
    const table = db.table<Row, string>(name)
    const ids = await table.toCollection().primaryKeys()
    await table.bulkDelete(ids.filter((id) => !pending.has(`${name}:${id}`)))
  }
}
