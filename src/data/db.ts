import Dexie, { type EntityTable } from 'dexie'

/** A device-local setting. Values are validated where they are read (see prefs.repo.ts). */
export interface PrefRow {
  key: string
  value: unknown
}

/** A change waiting to reach the server, written in the same transaction as the row it describes. */
export interface OutboxEntry {
  /** Local order: entries are pushed in the order they were written. */
  seq?: number
  /** Client mutation id: the server's idempotency key. */
  id: string
  table: string
  op: 'upsert' | 'delete'
  row: Record<string, unknown>
  createdAt: string
  state: 'pending' | 'rejected'
  /** Reason code of a permanent rejection; shown to the user, never dropped silently. */
  reason?: string
  tries: number
}

/** The person's profile (synced table `profiles`); one row on a device. */
export interface ProfileRow {
  id: string
  display_name: string
  language: 'nb' | 'en'
  updated_at: string
}

export class LoftDb extends Dexie {
  prefs!: EntityTable<PrefRow, 'key'>
  outbox!: EntityTable<OutboxEntry, 'seq'>
  profiles!: EntityTable<ProfileRow, 'id'>

  constructor(name = 'loft') {
    super(name)
    // Never edit a released version: add a new one below it.
    this.version(1).stores({
      prefs: '&key',
      outbox: '++seq, &id, state, table',
      profiles: '&id',
    })
  }
}

export const db = new LoftDb()
