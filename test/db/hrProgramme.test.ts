// @vitest-environment node
/**
 * hr_programmes and roi_models (H1, H6): every API role (anon, member, ambassador, hr, admin) on
 * the row of its own organisation (A) and of another (B), for select / insert / update / delete —
 * each case in a rolled-back transaction; the server's shape and size checks; pushes through
 * sync_push (forged author and time, replays, other ids) and pulls: HR and admins receive the rows
 * and their deletes, members never.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import { asAnon, createMember, createOrg, createServerDb, uuid, type Role } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import type { Mutation } from '@/data/remote/types'

type Actor = Role | 'anon'
type Org = 'A' | 'B'
type Op = 'select' | 'insert' | 'update' | 'delete'
type Table = 'hr_programmes' | 'roi_models'
const actors: Actor[] = ['anon', 'member', 'ambassador', 'hr', 'admin']
const ops: Op[] = ['select', 'insert', 'update', 'delete']
const tables: Table[] = ['hr_programmes', 'roi_models']

let db: PGlite
const org: Record<Org, string> = { A: '', B: '' }
const emptyOrg: Record<Org, string> = { A: '', B: '' }
const remotes = {} as Record<Role, PgliteRemote>

const steps = (notes = 'Kartlegging i salg først') => [
  { status: 'done', owner: 'Kari', notes },
  { status: 'in_progress' },
  { status: 'not_started' },
  { status: 'not_started' },
  { status: 'not_started' },
]

const programmeRow = (o: string, notes?: string) => ({
  id: o,
  organisation_id: o,
  start_date: '2026-09-07',
  pilot_department_ids: [],
  pilot_note: 'Prosjektledere',
  steps: steps(notes),
  pitfalls: { big_bang: true },
})
const roiRow = (o: string, hourly = '650') => ({
  id: o,
  organisation_id: o,
  currency: 'NOK',
  inputs: { hourlyCost: hourly, people: '100' },
})
const rowOf = (t: Table, o: string) => (t === 'hr_programmes' ? programmeRow(o) : roiRow(o))

async function insertRow(q: PGlite | Transaction, t: Table, o: string) {
  if (t === 'hr_programmes') {
    const r = programmeRow(o)
    await q.query(
      `insert into public.hr_programmes (id, organisation_id, start_date, pilot_note, steps, pitfalls)
       values ($1, $1, $2, $3, $4, $5)`,
      [o, r.start_date, r.pilot_note, JSON.stringify(r.steps), JSON.stringify(r.pitfalls)],
    )
  } else {
    await q.query(
      `insert into public.roi_models (id, organisation_id, inputs) values ($1, $1, $2)`,
      [o, JSON.stringify(roiRow(o).inputs)],
    )
  }
}

beforeAll(async () => {
  db = await createServerDb()
  for (const o of ['A', 'B'] as const) {
    org[o] = await createOrg(db, `Org ${o}`)
    for (const t of tables) await insertRow(db, t, org[o])
  }
  for (const role of ['member', 'ambassador', 'hr', 'admin'] as const) {
    remotes[role] = await createMember(db, org.A, [role])
  }
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

async function attempt(actor: Actor, t: Table, o: Org, op: Op): Promise<boolean> {
  const run = async (tx: Transaction): Promise<boolean> => {
    try {
      switch (op) {
        case 'select':
          return (
            (await tx.query(`select 1 from public.${t} where id = $1`, [org[o]])).rows.length === 1
          )
        case 'insert':
          await insertRow(tx, t, emptyOrg[o])
          return true
        case 'update': {
          const set = t === 'hr_programmes' ? "pilot_note = 'Endret'" : "currency = 'EUR'"
          return (
            (await tx.query(`update public.${t} set ${set} where id = $1`, [org[o]]))
              .affectedRows === 1
          )
        }
        case 'delete':
          return (
            (await tx.query(`delete from public.${t} where id = $1`, [org[o]])).affectedRows === 1
          )
      }
    } catch (error) {
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

describe.each(tables)('%s: row-level security', (t) => {
  const grid = actors.flatMap((actor) =>
    (['A', 'B'] as const).flatMap((o) => ops.map((op) => ({ actor, o, op }))),
  )
  it.each(grid)('$actor on org $o: $op', async ({ actor, o, op }) => {
    // HR and admins of the organisation only; members and ambassadors not even read it.
    const expected = o === 'A' && (actor === 'hr' || actor === 'admin')
    expect(await attempt(actor, t, o, op)).toBe(expected)
  })
})

describe('server checks', () => {
  const refused = async (t: Table, patch: string) => {
    let code: string | undefined
    await db.transaction(async (tx) => {
      try {
        await tx.query(`update public.${t} set ${patch} where id = $1`, [org.A])
      } catch (error) {
        code = (error as { code?: string }).code
      }
      await tx.rollback()
    })
    return code
  }

  it('keeps one row per organisation', async () => {
    for (const t of tables) expect(await refused(t, `id = '${uuid()}'`)).toBe('23514')
  })

  it('refuses steps of the wrong shape, count, status or size', async () => {
    const bad = [
      '[]',
      JSON.stringify(steps().slice(0, 4)),
      JSON.stringify([...steps(), { status: 'done' }]),
      JSON.stringify([{ status: 'finished' }, ...steps().slice(1)]),
      JSON.stringify([{ status: 'done', extra: 1 }, ...steps().slice(1)]),
      JSON.stringify([{ status: 'done', owner: 5 }, ...steps().slice(1)]),
      JSON.stringify(steps('x'.repeat(2001))),
      JSON.stringify([{ status: 'done', owner: 'o'.repeat(81) }, ...steps().slice(1)]),
      '{"a": 1}',
    ]
    for (const s of bad) expect(await refused('hr_programmes', `steps = '${s}'`), s).toBe('23514')
    expect(
      await refused('hr_programmes', `steps = '${JSON.stringify(steps('x'.repeat(2000)))}'`),
    ).toBeUndefined()
  })

  it('refuses unknown pitfalls, long notes, far dates and too many departments', async () => {
    expect(await refused('hr_programmes', `pitfalls = '{"other": true}'`)).toBe('23514')
    expect(await refused('hr_programmes', `pitfalls = '{"big_bang": "yes"}'`)).toBe('23514')
    expect(await refused('hr_programmes', `pilot_note = '${'p'.repeat(501)}'`)).toBe('23514')
    expect(await refused('hr_programmes', `start_date = '1999-12-31'`)).toBe('23514')
    expect(await refused('hr_programmes', `start_date = 'infinity'`)).toBe('23514')
    expect(
      await refused(
        'hr_programmes',
        'pilot_department_ids = (select array_agg(gen_random_uuid()) from generate_series(1, 101))',
      ),
    ).toBe('23514')
  })

  it('refuses ROI fields that are unknown, not text, too long, or another currency', async () => {
    expect(await refused('roi_models', `inputs = '{"salary": "1"}'`)).toBe('23514')
    expect(await refused('roi_models', `inputs = '{"people": 100}'`)).toBe('23514')
    expect(await refused('roi_models', `inputs = '{"people": "${'1'.repeat(33)}"}'`)).toBe('23514')
    expect(await refused('roi_models', `inputs = '[]'`)).toBe('23514')
    expect(await refused('roi_models', `currency = 'USD'`)).toBe('23514')
    // updated_at is the server's: a written value (even 'infinity') is replaced by now().
    expect(await refused('roi_models', `updated_at = 'infinity'`)).toBeUndefined()
  })
})

describe('through sync_push and sync_pull', () => {
  const push = (
    table: Table,
    row: Record<string, unknown>,
    op: Mutation['op'] = 'upsert',
  ): Mutation => ({
    id: uuid(),
    table,
    op,
    row,
  })

  it('HR pushes both rows; the server stamps author and time, not the device', async () => {
    const o = await createOrg(db, 'Push org')
    const hr = await createMember(db, o, ['member', 'hr'])
    const forged = { updated_by: uuid(), updated_at: '2001-01-01T00:00:00Z' }
    const a = push('hr_programmes', { ...programmeRow(o), ...forged })
    const b = push('roi_models', { ...roiRow(o), ...forged })
    expect(await hr.push([a, b])).toEqual([
      { id: a.id, status: 'applied' },
      { id: b.id, status: 'applied' },
    ])
    for (const t of tables) {
      const r = await db.query<{ updated_by: string; updated_at: Date }>(
        `select updated_by, updated_at from public.${t} where id = $1`,
        [o],
      )
      expect(r.rows[0]!.updated_by).toBe(hr.userId)
      expect(r.rows[0]!.updated_at.getFullYear()).toBeGreaterThan(2001)
    }
    // A replay of the same mutation id changes nothing and answers the same.
    await db.query('update public.roi_models set inputs = \'{"people": "7"}\' where id = $1', [o])
    expect(await hr.push([b])).toEqual([{ id: b.id, status: 'applied' }])
    const after = await db.query<{ inputs: Record<string, string> }>(
      'select inputs from public.roi_models where id = $1',
      [o],
    )
    expect(after.rows[0]!.inputs).toEqual({ people: '7' })
  })

  it("a member's or ambassador's push is refused; another org's HR is not a member", async () => {
    const o = await createOrg(db, 'Refuse org')
    for (const role of ['member', 'ambassador'] as const) {
      const r = await createMember(db, o, [role])
      for (const t of tables) {
        const m = push(t, rowOf(t, o))
        expect(await r.push([m])).toEqual([{ id: m.id, status: 'rejected', reason: 'forbidden' }])
      }
    }
    const hrB = await createMember(db, org.B, ['hr'])
    const m = push('roi_models', roiRow(o))
    expect(await hrB.push([m])).toEqual([{ id: m.id, status: 'rejected', reason: 'not_member' }])
    const hr = await createMember(db, o, ['hr'])
    const wrongId = push('hr_programmes', { ...programmeRow(o), id: uuid() })
    expect(await hr.push([wrongId])).toEqual([
      { id: wrongId.id, status: 'rejected', reason: 'invalid_row' },
    ])
    const big = push('hr_programmes', programmeRow(o, 'x'.repeat(5000)))
    expect(await hr.push([big])).toEqual([
      { id: big.id, status: 'rejected', reason: 'invalid_row' },
    ])
  })

  it('HR and admins pull the rows and their deletes; members and ambassadors never see them', async () => {
    const o = await createOrg(db, 'Pull org')
    const hr = await createMember(db, o, ['hr'])
    const admin = await createMember(db, o, ['admin'])
    const member = await createMember(db, o, ['member'])
    const amb = await createMember(db, o, ['ambassador'])
    await hr.push([push('hr_programmes', programmeRow(o)), push('roi_models', roiRow(o))])

    const mine = (p: Awaited<ReturnType<PgliteRemote['pull']>>) =>
      p.changes.filter((c) => tables.includes(c.table as Table))
    const adminPage = await admin.pull(null, 1000)
    expect(
      mine(adminPage)
        .map((c) => c.table)
        .sort(),
    ).toEqual(['hr_programmes', 'roi_models'])
    const memberPage = await member.pull(null, 1000)
    expect(mine(memberPage)).toEqual([])
    expect(mine(await amb.pull(null, 1000))).toEqual([])

    await hr.push([push('roi_models', { id: o }, 'delete')])
    const later = await admin.pull(adminPage.cursor, 1000)
    expect(later.changes).toContainEqual({ table: 'roi_models', op: 'delete', row: { id: o } })
    // The delete reaches HR's audience only.
    expect(mine(await member.pull(memberPage.cursor, 1000))).toEqual([])
  })
})
