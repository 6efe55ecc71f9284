/** Test helpers around the PGlite server (see src/data/remote/pglite.ts). */
import type { PGlite, Transaction } from '@electric-sql/pglite'
import { createAuthUser, PgliteRemote } from '@/data/remote/pglite'
import type { Mutation } from '@/data/remote/types'

export { createServerDb, createAuthUser, PgliteRemote, migrationFiles } from '@/data/remote/pglite'

export type Role = 'member' | 'ambassador' | 'hr' | 'admin'

export const uuid = (): string => crypto.randomUUID()

/** A client mutation that writes `row` (a fresh mutation id each time). */
export const upsert = (table: string, row: Record<string, unknown>): Mutation => ({
  id: uuid(),
  table,
  op: 'upsert',
  row,
})

/** A client mutation that deletes the row `id`. */
export const del = (table: string, id: string): Mutation => ({
  id: uuid(),
  table,
  op: 'delete',
  row: { id },
})

/** A new organisation (as the service role / superuser would create it). */
export async function createOrg(db: PGlite, name = 'Org'): Promise<string> {
  const id = uuid()
  await db.query('insert into public.organisations (id, name) values ($1, $2)', [id, name])
  return id
}

/** A new auth user with a membership of `orgId` holding `roles`; returns a remote for them. */
export async function createMember(
  db: PGlite,
  orgId: string | null,
  roles: Role[] = ['member'],
): Promise<PgliteRemote> {
  const userId = uuid()
  await createAuthUser(db, userId)
  if (orgId) {
    await db.query(
      'insert into public.memberships (user_id, organisation_id, roles) values ($1, $2, $3)',
      [userId, orgId, roles],
    )
  }
  return new PgliteRemote({ db, userId })
}

/** Runs `fn` as the anonymous API role (no JWT subject). */
export async function asAnon<T>(db: PGlite, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.exec('set local role anon')
    await tx.query("select set_config('request.jwt.claims', $1, true)", [
      JSON.stringify({ role: 'anon' }),
    ])
    return fn(tx)
  })
}
