// @vitest-environment node
/**
 * organisation_data_rules (X3, P3 custom terms): every API role (anon, member, ambassador, hr,
 * admin) on the rules of its own organisation (A) and of another (B), for select / insert /
 * update / delete — each case in a rolled-back transaction; then pushes through sync_push, and a
 * pull that brings the rules to every member.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import { asAnon, createMember, createOrg, createServerDb, uuid, type Role } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import type { Mutation } from '@/data/remote/types'

type Actor = Role | 'anon'
type Org = 'A' | 'B'
type Op = 'select' | 'insert' | 'update' | 'delete'
const actors: Actor[] = ['anon', 'member', 'ambassador', 'hr', 'admin']
const ops: Op[] = ['select', 'insert', 'update', 'delete']

let db: PGlite
const org: Record<Org, string> = { A: '', B: '' }
/** An organisation with no rules row yet, per org letter (for inserts). */
const emptyOrg: Record<Org, string> = { A: '', B: '' }
const remotes = {} as Record<Role, PgliteRemote>

const rulesRow = (organisationId: string, terms: string[] = ['Prosjekt Fjellvann']) => ({
  id: organisationId,
  organisation_id: organisationId,
  tools: [{ id: 'copilot', name: 'Microsoft 365 Copilot', dataProcessingAgreement: true }],
  allowed: { copilot: ['green', 'yellow', 'red'] },
  custom_terms: terms,
})

async function insertRules(q: PGlite | Transaction, row: ReturnType<typeof rulesRow>) {
  await q.query(
    `insert into public.organisation_data_rules (id, organisation_id, tools, allowed, custom_terms)
     values ($1, $2, $3, $4, $5)`,
    [row.id, row.organisation_id, JSON.stringify(row.tools), JSON.stringify(row.allowed), row.custom_terms],
  )
}

beforeAll(async () => {
  db = await createServerDb()
  for (const o of ['A', 'B'] as const) {
    org[o] = await createOrg(db, `Org ${o}`)
    await insertRules(db, rulesRow(org[o]))
  }
  for (const role of ['member', 'ambassador', 'hr', 'admin'] as const) {
    remotes[role] = await createMember(db, org.A, [role])
  }
  // Inserting needs an organisation without a row: the actor's own one gets a second membership.
  for (const o of ['A', 'B'] as const) emptyOrg[o] = await createOrg(db, `Empty ${o}`)
  for (const role of ['member', 'ambassador', 'hr', 'admin'] as const) {
    await db.query(
      'insert into public.memberships (user_id, organisation_id, roles) values ($1, $2, $3)',
      [remotes[role].userId, emptyOrg.A, [role]],
    )
  }
})

afterAll(async () => {
  await db?.close()
})

/** Runs one operation as `actor` in a rolled-back transaction; true when it took effect. */
async function attempt(actor: Actor, o: Org, op: Op): Promise<boolean> {
  const run = async (tx: Transaction): Promise<boolean> => {
    try {
      switch (op) {
        case 'select': {
          const r = await tx.query('select 1 from public.organisation_data_rules where id = $1', [org[o]])
          return r.rows.length === 1
        }
        case 'insert':
          await insertRules(tx, rulesRow(emptyOrg[o]))
          return true
        case 'update': {
          const r = await tx.query(
            "update public.organisation_data_rules set custom_terms = array['Changed'] where id = $1",
            [org[o]],
          )
          return r.affectedRows === 1
        }
        case 'delete': {
          const r = await tx.query('delete from public.organisation_data_rules where id = $1', [org[o]])
          return r.affectedRows === 1
        }
      }
    } catch (error) {
      // RLS violation or no privilege: denied. Anything else is a broken test.
      if ((error as { code?: string }).code === '42501') return false
      throw error
    }
  }
  let outcome = false
  const body = async (tx: Transaction) => {
    outcome = await run(tx)
    await tx.rollback()
  }
  if (actor === 'anon') await asAnon(db, body)
  else await remotes[actor].asUser(body)
  return outcome
}

const everyone: Actor[] = ['member', 'ambassador', 'hr', 'admin']
const allowed: Record<Op, Actor[]> = {
  select: everyone,
  insert: ['admin'],
  update: ['admin'],
  delete: ['admin'],
}

describe('organisation_data_rules: row-level security', () => {
  const grid = actors.flatMap((actor) =>
    (['A', 'B'] as const).flatMap((o) => ops.map((op) => ({ actor, o, op }))),
  )
  it.each(grid)('$actor on org $o: $op', async ({ actor, o, op }) => {
    // Nobody may do anything in another organisation.
    const expected = o === 'A' && allowed[op].includes(actor)
    expect(await attempt(actor, o, op)).toBe(expected)
  })
})

describe('organisation_data_rules: server checks', () => {
  const refused = async (patch: string) => {
    let code: string | undefined
    await db.transaction(async (tx) => {
      try {
        await tx.query(`update public.organisation_data_rules set ${patch} where id = $1`, [org.A])
      } catch (error) {
        code = (error as { code?: string }).code
      }
      await tx.rollback()
    })
    return code
  }

  it('keeps one row per organisation: the id is the organisation id', async () => {
    expect(await refused(`id = '${uuid()}'`)).toBe('23514')
  })

  it('refuses terms that are too short, untrimmed or too many', async () => {
    expect(await refused("custom_terms = array['x']")).toBe('23514')
    expect(await refused("custom_terms = array[' Kunde ']")).toBe('23514')
    expect(await refused(`custom_terms = array[${"'" + 'a'.repeat(81) + "'"}]`)).toBe('23514')
    expect(
      await refused('custom_terms = (select array_agg(\'term \' || i) from generate_series(1, 301) i)'),
    ).toBe('23514')
  })

  it('refuses tools that are not a list, too many tools, or rules that are not an object', async () => {
    expect(await refused(`tools = '{"a": 1}'`)).toBe('23514')
    expect(
      await refused(
        "tools = (select jsonb_agg(jsonb_build_object('id', 't' || i, 'name', 'T')) from generate_series(1, 31) i)",
      ),
    ).toBe('23514')
    expect(await refused(`allowed = '[]'`)).toBe('23514')
  })
})

describe('organisation_data_rules through sync_push and sync_pull', () => {
  const push = (row: Record<string, unknown>, op: Mutation['op'] = 'upsert'): Mutation => ({
    id: uuid(),
    table: 'organisation_data_rules',
    op,
    row,
  })

  it('an admin pushes the rules: applied, stamped with who and when', async () => {
    const o = await createOrg(db, 'Push org')
    const admin = await createMember(db, o, ['member', 'admin'])
    const m = push({ ...rulesRow(o, ['Kunde Nord']), updated_by: uuid(), updated_at: '2000-01-01T00:00:00Z' })
    expect(await admin.push([m])).toEqual([{ id: m.id, status: 'applied' }])
    const r = await db.query<{ custom_terms: string[]; updated_by: string; updated_at: Date }>(
      'select custom_terms, updated_by, updated_at from public.organisation_data_rules where id = $1',
      [o],
    )
    expect(r.rows[0]!.custom_terms).toEqual(['Kunde Nord'])
    // The server, not the device, says who changed the rules and when.
    expect(r.rows[0]!.updated_by).toBe(admin.userId)
    expect(r.rows[0]!.updated_at.getFullYear()).toBeGreaterThan(2000)

    // A second save from another admin device (same id) replaces it: last write wins.
    const again = push(rulesRow(o, ['Kunde Sør']))
    expect(await admin.push([again])).toEqual([{ id: again.id, status: 'applied' }])
    const after = await db.query<{ custom_terms: string[] }>(
      'select custom_terms from public.organisation_data_rules where id = $1',
      [o],
    )
    expect(after.rows[0]!.custom_terms).toEqual(['Kunde Sør'])
  })

  it("a member's push is rejected as forbidden, and nothing changes", async () => {
    const o = await createOrg(db, 'Member org')
    const member = await createMember(db, o, ['member'])
    const insert = push(rulesRow(o, ['Member term']))
    expect(await member.push([insert])).toEqual([
      { id: insert.id, status: 'rejected', reason: 'forbidden' },
    ])
    await insertRules(db, rulesRow(o, ['Original']))
    const update = push(rulesRow(o, ['Member term']))
    const remove = push({ id: o }, 'delete')
    expect(await member.push([update, remove])).toEqual([
      { id: update.id, status: 'rejected', reason: 'forbidden' },
      { id: remove.id, status: 'rejected', reason: 'forbidden' },
    ])
    const r = await db.query<{ custom_terms: string[] }>(
      'select custom_terms from public.organisation_data_rules where id = $1',
      [o],
    )
    expect(r.rows[0]!.custom_terms).toEqual(['Original'])
  })

  it("an admin of another organisation is told they are not a member", async () => {
    const adminB = await createMember(db, org.B, ['admin'])
    const m = push(rulesRow(org.A, ['Hijack']))
    expect(await adminB.push([m])).toEqual([{ id: m.id, status: 'rejected', reason: 'not_member' }])
  })

  it('a push with an id other than the organisation id is an invalid row', async () => {
    const o = await createOrg(db, 'Id org')
    const admin = await createMember(db, o, ['admin'])
    const m = push({ ...rulesRow(o), id: uuid() })
    expect(await admin.push([m])).toEqual([{ id: m.id, status: 'rejected', reason: 'invalid_row' }])
  })

  it('every member pulls their organisation’s rules, and a delete as a tombstone', async () => {
    const o = await createOrg(db, 'Pull org')
    const admin = await createMember(db, o, ['admin'])
    const member = await createMember(db, o, ['member'])
    const outsider = await createMember(db, org.B, ['member'])
    await admin.push([push(rulesRow(o, ['Kunde Vest']))])

    const page = await member.pull(null, 1000)
    const rules = page.changes.filter((c) => c.table === 'organisation_data_rules')
    expect(rules).toHaveLength(1)
    expect(rules[0]!.row).toMatchObject({ id: o, custom_terms: ['Kunde Vest'] })
    const theirs = (await outsider.pull(null, 1000)).changes.filter(
      (c) => c.table === 'organisation_data_rules',
    )
    expect(theirs.map((c) => c.row.id)).toEqual([org.B])

    await admin.push([push({ id: o }, 'delete')])
    const later = await member.pull(page.cursor, 1000)
    expect(later.changes).toContainEqual({
      table: 'organisation_data_rules',
      op: 'delete',
      row: { id: o },
    })
  })
})
