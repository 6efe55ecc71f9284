import type { EntityTable, Table } from 'dexie'
import type { OutboxEntry } from '../db'
import { loadedDb, openDb } from '../openDb'
import { isSyncedTable, type SyncedTable } from '../sync/tables'
import { wellFormedCopy } from '../sync/text'

type Row = { id: string }

/**
 * The one way a synced row is written: the row and its outbox entry in one Dexie transaction,
 * so either both are stored or neither is. Rows pulled from the server are written elsewhere,
 * without an outbox entry, so they are never echoed back. Strings are stored as the server can
 * take them (no NUL, no lone surrogate: sync/text.ts), on the device too, so both hold the same.
 * Returns the row as stored.
 */
export async function saveWithOutbox<T extends Row>(
  table: EntityTable<T, 'id'>,
  row: T,
  extraTables: Table[] = [],
): Promise<T> {
  const db = loadedDb() ?? (await openDb())
  const entry = outboxEntry(syncedName(table), 'upsert', row)
  const stored = entry.row as T
  await db.transaction('rw', [table, db.outbox, ...extraTables], async () => {
    await table.put(stored)
    await db.outbox.add(entry)
  })
  return stored
}

/** Deletes a synced row and records the delete for the server (which keeps a tombstone). */
export async function deleteWithOutbox<T extends Row>(
  table: EntityTable<T, 'id'>,
  id: string,
): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  await db.transaction('rw', [table, db.outbox], async () => {
    await table.delete(id as never)
    await db.outbox.add(outboxEntry(syncedName(table), 'delete', { id }))
  })
}

/** The table's name, if the server syncs it (a device-only table has no outbox entries). */
function syncedName(table: Table): SyncedTable {
  if (!isSyncedTable(table.name)) throw new Error(`${table.name} is not a synced table`)
  return table.name
}

export function outboxEntry(table: SyncedTable, op: OutboxEntry['op'], row: object): OutboxEntry {
  return {
    id: crypto.randomUUID(),
    table,
    op,
    // A plain copy (Vue proxies cannot be cloned into IndexedDB) the server can store.
    row: wellFormedCopy(row) as Record<string, unknown>,
    createdAt: new Date().toISOString(),
    state: 'pending',
    tries: 0,
  }
}

export type RowSyncState = 'waiting' | 'refused' | 'sent'

/**
 * Where a row written on this device stands: still waiting in the outbox, refused by the server
 * (kept, and shown in the sync details), or sent (no entry left). Usable in liveQuery.
 */
export async function rowSyncState(table: string, rowId: string): Promise<RowSyncState> {
  const db = loadedDb() ?? (await openDb())
  const entries = await db.outbox
    .where('table')
    .equals(table)
    .filter((entry) => entry.row.id === rowId)
    .toArray()
  if (entries.some((entry) => entry.state === 'rejected')) return 'refused'
  return entries.length > 0 ? 'waiting' : 'sent'
}
