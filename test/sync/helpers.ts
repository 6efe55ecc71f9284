import { LoftDb, type OutboxEntry } from '@/data/db'
import { outboxEntry } from '@/data/repos/outbox'
import type { SyncEnvironment } from '@/data/sync/scheduler'
import type { SyncedTable } from '@/data/sync/tables'

let counter = 0

/** A fresh Dexie database per device (fake-indexeddb), with a distinct name. */
export function deviceDb(label: string): LoftDb {
  return new LoftDb(`loft-test-${label}-${++counter}-${crypto.randomUUID()}`)
}

/** What a repo function does: the row and its outbox entry in one transaction. */
export async function writeLocal<T extends { id: string }>(
  db: LoftDb,
  table: SyncedTable,
  row: T,
): Promise<OutboxEntry> {
  const entry = outboxEntry(table, 'upsert', row as unknown as Record<string, unknown>)
  await db.transaction('rw', [db.table(table), db.outbox], async () => {
    await db.table(table).put(entry.row)
    await db.outbox.add(entry)
  })
  return entry
}

export async function deleteLocal(db: LoftDb, table: SyncedTable, id: string): Promise<void> {
  await db.transaction('rw', [db.table(table), db.outbox], async () => {
    await db.table(table).delete(id)
    await db.outbox.add(outboxEntry(table, 'delete', { id }))
  })
}

/** An environment the test drives: online flag and the browser events. */
export function manualEnv(online = true) {
  let handlers: Parameters<SyncEnvironment['listen']>[0] | undefined
  const env: SyncEnvironment & {
    online: boolean
    goOnline(): void
    goOffline(): void
    becomeVisible(): void
  } = {
    online,
    isOnline: () => env.online,
    listen(h) {
      handlers = h
      return () => (handlers = undefined)
    },
    goOnline() {
      env.online = true
      handlers?.online()
    },
    goOffline() {
      env.online = false
      handlers?.offline()
    },
    becomeVisible() {
      handlers?.visible()
    },
  }
  return env
}

export function ids(rows: { id: string }[]): string[] {
  return rows.map((r) => r.id).sort()
}
