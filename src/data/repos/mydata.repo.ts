/**
 * "My data" (G2): export everything Løft holds about the person on this device, and delete it.
 *
 * Which tables are personal is decided by exclusion, so a table a later version adds (drafts,
 * review states …) is exported and deleted without anyone having to remember this file:
 * - organisation data shared with colleagues (the library, departments …) is not the person's own;
 * - device preferences (language, theme, learning window) stay as the person chose them;
 * - sync bookkeeping and the outbox are handled explicitly.
 */
import type { Table } from 'dexie'
import { isOwnReview, isOwnRow } from './owner'
import type { LoftDb, OutboxEntry } from '../db'
import { loadedDb, openDb } from '../openDb'
import { markForRepull } from '../sync/apply'
import {
  isSyncedTable,
  personalCommunityTables,
  personalEventTables,
  personalSurveyTables,
  pulseTables,
  singletonTables,
} from '../sync/tables'
import { outboxEntry } from './outbox'

/** Shared organisation data: not exported as mine, never deleted by "delete my data". */
const organisationTables = [
  'prompts',
  'prompt_revisions',
  'organisations',
  'departments',
  'job_roles',
  // Challenges made from posts belong to the organisation (the credited author's consent is theirs
  // to give or take back, not data to export or delete).
  'organisation_challenges',
  // The last insight answers fetched (HR's figures, the privacy preview): aggregates, not mine;
  // cleared on sign-out (SyncEngine.forgetServerData).
  'insightsCache',
  // Survey rounds HR opened (my answers to them are mine: survey_responses).
  'surveys',
  // HR's skills matrix: the organisation's target levels and report story pick, and the last
  // matrix and story answers (aggregates, cleared on sign-out).
  'skill_targets',
  'report_story_picks',
  'matrixCache',
] as const
/**
 * Exported, but not personal tables: device preferences (kept on delete, as the person chose
 * them), sync bookkeeping, the outbox (handled explicitly), and memberships (the organisation's
 * record that I belong to it; leaving an organisation is a different action).
 */
const deviceTables = ['prefs', 'syncState', 'outbox', 'memberships'] as const

/** Synced tables whose rows the server holds for me and deletes on request. */
const serverPersonalTables: readonly string[] = [
  ...personalEventTables,
  ...singletonTables,
  // The community: the person's own posts and comments (colleagues' stay: not theirs), reactions
  // and "I tried this too". Reports stay with the organisation's ambassadors.
  'community_posts',
  'community_comments',
  ...personalCommunityTables,
  // The weekly pulse: the person's own answers.
  ...pulseTables,
  // My answers to the mapping survey.
  ...personalSurveyTables,
  // Ideas I posted by name, and my votes (an anonymous idea is nobody's on the server).
  'ideas',
  'idea_votes',
]

function personalTables(db: LoftDb): Table[] {
  const excluded: readonly string[] = [...organisationTables, ...deviceTables]
  return db.tables.filter((t) => !excluded.includes(t.name))
}

export const EXPORT_FORMAT = 'loft-my-data'
export const EXPORT_VERSION = 1

export interface MyDataExport {
  format: typeof EXPORT_FORMAT
  version: typeof EXPORT_VERSION
  exported_at: string
  /** Device preferences: language, theme, onboarding answers, learning window … */
  prefs: Record<string, unknown>
  /** Every personal table, by name (profiles, progress_events, quiz_answers …). */
  tables: Record<string, unknown[]>
  /** My organisation memberships as the server last sent them. */
  memberships: unknown[]
  /** Changes not yet sent to the server, and ones it refused (with the reason). */
  outbox: OutboxEntry[]
  sync: Record<string, unknown>
}

/** Everything about me on this device, as one JSON-ready object. Usable inside liveQuery. */
/** The rows of a personal table that are this person's (see owner.ts). */
function ownRows<T extends object>(table: string, rows: T[], userId: string | null): T[] {
  if (table === 'attempt_reviews') return rows.filter((r) => isOwnReview(r, userId))
  // Ideas: mine by name, or anonymous ones this device wrote and the server has not published
  // (`waiting`); colleagues' anonymous ideas have no author either, and are not mine.
  if (table === 'ideas') {
    return rows.filter((r) => {
      const idea = r as { author_id?: string | null; waiting?: boolean }
      return (userId !== null && idea.author_id === userId) || idea.waiting === true
    })
  }
  return rows.filter((r) => isOwnRow(r, userId))
}

export async function exportMyData(
  now = new Date(),
  userId: string | null = null,
): Promise<MyDataExport> {
  const db = loadedDb() ?? (await openDb())
  const tables = personalTables(db)
  return db.transaction(
    'r',
    [...tables, db.prefs, db.outbox, db.syncState, db.memberships],
    async () => {
      const entries = await Promise.all(
        tables.map(async (t) => [t.name, ownRows(t.name, await t.toArray(), userId)] as const),
      )
      const prefs = await db.prefs.toArray()
      const sync = await db.syncState.toArray()
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported_at: now.toISOString(),
        prefs: Object.fromEntries(prefs.map((p) => [p.key, p.value])),
        tables: Object.fromEntries(entries.sort((a, b) => a[0].localeCompare(b[0]))),
        memberships: await db.memberships.toArray(),
        outbox: await db.outbox.orderBy('seq').toArray(),
        sync: Object.fromEntries(sync.map((s) => [s.key, s.value])),
      }
    },
  )
}

/** `loft-mine-data-2025-11-26.json` style: the product, what it is, the local date. */
export function exportFileName(now: Date, prefix: string): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `${prefix}-${day}.json`
}

/** How many rows there are in each personal table. Usable inside liveQuery. */
export async function countMyData(): Promise<Record<string, number>> {
  const db = loadedDb() ?? (await openDb())
  const counts = await Promise.all(
    personalTables(db).map(async (t) => [t.name, await t.count()] as const),
  )
  return Object.fromEntries(counts)
}

export interface DeleteResult {
  /** Rows deleted on this device, per table. */
  deleted: Record<string, number>
  /** Delete requests queued for the server (0 when not signed in). */
  queuedForServer: number
}

/**
 * Deletes my data on this device in one transaction; preferences stay.
 *
 * - Only the person's own rows (owner.ts): an ambassador's phone also holds colleagues' shared
 *   attempts and their reviews, which are not theirs to delete. Device-only tables (drafts,
 *   review states) are cleared.
 * - Unsent changes to personal rows are dropped from the outbox, in the same transaction: they
 *   must never reach the server after the person asked for deletion (a push already under way
 *   re-reads the outbox before it retries: sync/push.ts, stillQueued).
 * - Signed in (`queueServerDeletes`): one delete per personal row the server may hold is queued,
 *   in the same transaction, so the server deletes them when the device is next online (a delete
 *   of a row it never got is harmless). Until then the pull keeps them deleted here, because a
 *   pending outbox entry wins over a pulled row.
 * - The next pull fetches everything again (markForRepull), so whatever the person may still see
 *   (a review they wrote as an ambassador, which is the learner's record) comes back as the server
 *   has it, and what they may no longer see goes.
 */
export async function deleteMyData(options: {
  queueServerDeletes: boolean
  userId?: string | null
}): Promise<DeleteResult> {
  const db = loadedDb() ?? (await openDb())
  const tables = personalTables(db)
  const userId = options.userId ?? null
  return db.transaction('rw', [...tables, db.outbox, db.syncState], async () => {
    const deleted: Record<string, number> = {}
    const deletes: OutboxEntry[] = []
    for (const table of tables) {
      if (!isSyncedTable(table.name)) {
        deleted[table.name] = await table.count()
        await table.clear()
        continue
      }
      const own = ownRows(table.name, await table.toArray(), userId)
      const ids = own.map((row) => (row as { id: string }).id)
      if (options.queueServerDeletes && serverPersonalTables.includes(table.name)) {
        // Never a delete of an anonymous idea: sync_push would record who asked for it.
        const sendable = own.filter((row) => !(row as { anonymous?: boolean }).anonymous)
        for (const row of sendable) {
          deletes.push(outboxEntry(table.name, 'delete', { id: (row as { id: string }).id }))
        }
      }
      deleted[table.name] = ids.length
      await table.bulkDelete(ids)
    }
    const names = tables.map((t) => t.name)
    await db.outbox.filter((e) => names.includes(e.table) && e.op === 'upsert').delete()
    if (deletes.length > 0) await db.outbox.bulkAdd(deletes)
    await markForRepull(db)
    return { deleted, queuedForServer: deletes.length }
  })
}
