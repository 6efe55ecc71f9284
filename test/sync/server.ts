import type { PGlite } from '@electric-sql/pglite'
import { createAuthUser, PgliteRemote } from '@/data/remote/pglite'
import type { Change } from '@/data/remote/types'
import type { LoftDb } from '@/data/db'
import { syncedTables } from '@/data/sync/tables'

type Row = Record<string, unknown>

/** A fresh organisation with people in it, created as the service would (superuser, no RLS). */
export async function organisation(pg: PGlite, people: Record<string, string[]>) {
  const orgId = crypto.randomUUID()
  await pg.query('insert into public.organisations (id, name) values ($1, $2)', [orgId, 'Test AS'])
  const users: Record<string, string> = {}
  for (const [label, roles] of Object.entries(people)) {
    const userId = crypto.randomUUID()
    await createAuthUser(pg, userId)
    await pg.query(
      'insert into public.memberships (id, user_id, organisation_id, roles) values ($1, $2, $3, $4)',
      [crypto.randomUUID(), userId, orgId, roles],
    )
    users[label] = userId
  }
  return { orgId, users }
}

export async function personWithoutOrganisation(pg: PGlite): Promise<string> {
  const userId = crypto.randomUUID()
  await createAuthUser(pg, userId)
  return userId
}

/** Everything `userId` may see, by pulling from scratch through RLS: table → id → row. */
export async function serverView(
  pg: PGlite,
  userId: string,
): Promise<Map<string, Map<string, Row>>> {
  const remote = new PgliteRemote({ db: pg, userId })
  const view = new Map<string, Map<string, Row>>(syncedTables.map((t) => [t, new Map()]))
  let cursor: unknown = null
  for (;;) {
    const page = await remote.pull(cursor, 1000)
    for (const change of page.changes as Change[]) {
      const rows = view.get(change.table)
      if (!rows) continue
      const id = String(change.row.id)
      if (change.op === 'delete') rows.delete(id)
      else rows.set(id, change.row)
    }
    cursor = page.cursor
    if (!page.hasMore) return view
  }
}

/** The device's synced tables in the same shape as serverView. */
export async function deviceView(db: LoftDb): Promise<Map<string, Map<string, Row>>> {
  const view = new Map<string, Map<string, Row>>()
  for (const table of syncedTables) {
    const rows = (await db.table(table).toArray()) as Row[]
    view.set(table, new Map(rows.map((r) => [String(r.id), r])))
  }
  return view
}

/** Sorted entries, for readable toEqual diffs. */
export function sorted(view: Map<string, Map<string, Row>>): Record<string, [string, Row][]> {
  const out: Record<string, [string, Row][]> = {}
  for (const [table, rows] of view) {
    out[table] = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  }
  return out
}

export async function idsOf(pg: PGlite, table: string, where = 'true', params: unknown[] = []) {
  const res = await pg.query<{ id: string }>(
    `select id from public.${table} where ${where}`,
    params,
  )
  return new Set(res.rows.map((r) => r.id))
}
