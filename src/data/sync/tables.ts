/**
 * The tables the sync engine moves between Dexie and the server. Names and field names are the
 * server's (snake_case), so a pulled row is stored as it came and a local row is pushed as it is.
 */

/** Personal append-only events: never edited, so they never conflict. */
export const personalEventTables = [
  'progress_events',
  'quiz_answers',
  'self_assessments',
  'challenge_attempts',
  'prompt_uses',
] as const

/** One row per person; the server keys it by the signed-in user, whatever id the device used. */
export const singletonTables = ['profiles'] as const

/** Shared, revisioned rows the client may edit (an edit on an old revision becomes a new one). */
export const revisionedTables = ['prompts'] as const

/**
 * Organisation settings that an admin edits on a device (one row per organisation, last write
 * wins); every member reads them. The server's RLS rejects a push from anyone but an admin.
 */
export const adminEditableTables = ['organisation_data_rules'] as const

/**
 * Reviews of challenge attempts (C3): an ambassador's device writes them; the server sets who
 * wrote them and whose attempt it is, refuses any change afterwards, and sends them to the learner.
 */
export const reviewTables = ['attempt_reviews'] as const

/** Rows the client only reads. */
export const readOnlyTables = [
  'prompt_revisions',
  'organisations',
  'departments',
  'job_roles',
  'memberships',
] as const

export const syncedTables = [
  ...personalEventTables,
  ...singletonTables,
  ...revisionedTables,
  ...adminEditableTables,
  ...reviewTables,
  ...readOnlyTables,
] as const

export type SyncedTable = (typeof syncedTables)[number]

/**
 * Tables in the server's registry (private.synced_tables) that this client does not keep: a pulled
 * row of one is skipped (apply.ts). `invites`: no screen of this version lists invites, so no
 * device keeps them.
 * test/db/databaseTypes.test.ts checks that these and `syncedTables` together are the registry.
 */
export const serverOnlyTables = ['invites'] as const

export function isSyncedTable(name: string): name is SyncedTable {
  return (syncedTables as readonly string[]).includes(name)
}

export function isSingletonTable(name: string): boolean {
  return (singletonTables as readonly string[]).includes(name)
}
