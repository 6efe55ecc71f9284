// @vitest-environment node
/**
 * Invites and memberships (issue 13, finding 8): invite codes are made by the server (≥ 128 bits),
 * redeeming is capped per person and hour, every failure gets the same answer; memberships are
 * created only by redeeming an invite, never pushed by an admin for someone else, and point only
 * at departments and job roles of their own organisation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import { createAuthUser, createMember, createOrg, createServerDb, uuid } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import { RemoteRequestError } from '@/data/remote/errors'
import type { Mutation } from '@/data/remote/types'

let db: PGlite
let org = ''
let otherOrg = ''
let admin: PgliteRemote
let otherAdmin: PgliteRemote

beforeAll(async () => {
  db = await createServerDb()
  org = await createOrg(db, 'A')
  otherOrg = await createOrg(db, 'B')
  admin = await createMember(db, org, ['admin'])
  otherAdmin = await createMember(db, otherOrg, ['admin'])
})
afterAll(async () => {
  await db?.close()
})

/** Runs `fn` as `who`; its result, or the error code of a refusal. */
async function as<T>(
  who: PgliteRemote,
  fn: (tx: Transaction) => Promise<T>,
): Promise<{ ok: T } | { code: string }> {
  try {
    return { ok: await who.asUser(fn) }
  } catch (error) {
    return { code: (error as { code?: string }).code ?? 'error' }
  }
}

async function createInvite(
  who: PgliteRemote,
  args: { organisation_id: string; role?: string; expires_at?: string; max_uses?: number },
): Promise<{ id: string; code: string }> {
  const r = await who.asUser(
    async (tx) =>
      (
        await tx.query<{ result: { id: string; code: string } }>(
          'select public.create_invite($1, $2, $3::timestamptz, $4) as result',
          [args.organisation_id, args.role ?? 'member', args.expires_at ?? null, args.max_uses ?? null],
        )
      ).rows[0]!.result,
  )
  return r
}

async function redeemError(who: PgliteRemote, code: string): Promise<string | null> {
  try {
    await who.redeemInvite(code)
    return null
  } catch (error) {
    expect(error).toBeInstanceOf(RemoteRequestError)
    return (error as RemoteRequestError).code
  }
}

const newcomer = () => createMember(db, null)

describe('invite codes are made by the server', () => {
  it('create_invite answers a random code of at least 128 bits', async () => {
    const a = await createInvite(admin, { organisation_id: org })
    const b = await createInvite(admin, { organisation_id: org })
    expect(a.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{7}(-[0-9A-HJKMNP-TV-Z]{7}){3}$/)
    // 28 characters of a 32-letter alphabet: 140 bits.
    expect(a.code.replaceAll('-', '').length * 5).toBeGreaterThanOrEqual(128)
    expect(a.code).not.toBe(b.code)
  })

  it('only an admin of the organisation creates invites', async () => {
    const member = await createMember(db, org)
    expect(await as(member, (tx) => tx.query('select public.create_invite($1)', [org]))).toEqual({
      code: '42501',
    })
    expect(await as(otherAdmin, (tx) => tx.query('select public.create_invite($1)', [org]))).toEqual({
      code: '42501',
    })
  })

  it('a code an admin chooses is replaced by a server-made one, and a code cannot be changed', async () => {
    const id = uuid()
    await admin.asUser((tx) =>
      tx.query("insert into public.invites (id, code, organisation_id) values ($1, 'EASY-1', $2)", [id, org]),
    )
    const read = async () =>
      (await db.query<{ code: string }>('select code from public.invites where id = $1', [id])).rows[0]!.code
    const code = await read()
    expect(code).not.toBe('EASY-1')
    expect(code).toHaveLength(31)
    await admin.asUser((tx) => tx.query("update public.invites set code = 'EASY-2' where id = $1", [id]))
    expect(await read()).toBe(code)
  })

  it('redeems a server-made code typed loosely (lower case, spaces, O for 0)', async () => {
    const { code } = await createInvite(admin, { organisation_id: org, role: 'ambassador', max_uses: 2 })
    const me = await newcomer()
    const loose = ` ${code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o')} `
    expect(await me.redeemInvite(loose)).toEqual({ organisationId: org })
    const m = await db.query('select roles from public.memberships where user_id = $1', [me.userId])
    expect(m.rows).toEqual([{ roles: ['ambassador'] }])
  })
})

describe('redeeming: one answer for every failure, and a cap per person and hour', () => {
  it('unknown, expired and used-up codes all answer invalid_invite and write no membership', async () => {
    const expired = await createInvite(admin, { organisation_id: org, expires_at: '2000-01-01' })
    const usedUp = await createInvite(admin, { organisation_id: org, max_uses: 1 })
    expect(await (await newcomer()).redeemInvite(usedUp.code)).toEqual({ organisationId: org })
    const me = await newcomer()
    const answers = [
      await redeemError(me, 'NO-SUCH-CODE'),
      await redeemError(me, expired.code),
      await redeemError(me, usedUp.code),
    ]
    expect(answers).toEqual(['invalid_invite', 'invalid_invite', 'invalid_invite'])
    const m = await db.query('select 1 from public.memberships where user_id = $1', [me.userId])
    expect(m.rows).toHaveLength(0)
  })

  it('the answers are the same bytes: nothing tells whether a code exists', async () => {
    const expired = await createInvite(admin, { organisation_id: org, expires_at: '2000-01-01' })
    const me = await newcomer()
    const raw = async (code: string) =>
      me.asUser(
        async (tx) =>
          (await tx.query<{ r: unknown }>('select public.redeem_invite($1) as r', [code])).rows[0]!.r,
      )
    expect(await raw(expired.code)).toEqual(await raw('ZZZZZZZ-ZZZZZZZ-ZZZZZZZ-ZZZZZZZ'))
  })

  it('after 10 attempts in an hour the person is told to wait, even with a good code', async () => {
    const { code } = await createInvite(admin, { organisation_id: org })
    const me = await newcomer()
    for (let i = 0; i < 10; i++) expect(await redeemError(me, `GUESS-${i}-XYZ`)).toBe('invalid_invite')
    expect(await redeemError(me, code)).toBe('too_many_attempts')
    // Others are not held back by this person's guesses.
    expect(await (await newcomer()).redeemInvite(code)).toEqual({ organisationId: org })
    // An hour later the person may try again.
    await db.query(
      "update private.invite_attempts set attempted_at = attempted_at - interval '61 minutes' where user_id = $1",
      [me.userId],
    )
    expect(await me.redeemInvite(code)).toEqual({ organisationId: org })
  })

  it('the attempts are kept in a table no API role can read or write', async () => {
    const me = await newcomer()
    expect(
      await as(me, (tx) => tx.query('select * from private.invite_attempts')),
    ).toEqual({ code: '42501' })
  })
})

describe('memberships come only from invites', () => {
  const upsert = (row: Record<string, unknown>): Mutation => ({
    id: uuid(),
    table: 'memberships',
    op: 'upsert',
    row,
  })

  it("an admin cannot push a membership that adds another organisation's admin", async () => {
    const [r] = await admin.push([
      upsert({ id: uuid(), user_id: otherAdmin.userId, organisation_id: org, roles: ['admin'] }),
    ])
    expect(r!.status).toBe('rejected')
    const m = await db.query('select 1 from public.memberships where user_id = $1 and organisation_id = $2', [
      otherAdmin.userId,
      org,
    ])
    expect(m.rows).toHaveLength(0)
  })

  it('nor insert one directly, for anyone', async () => {
    const someone = uuid()
    await createAuthUser(db, someone)
    expect(
      await as(admin, (tx) =>
        tx.query('insert into public.memberships (user_id, organisation_id) values ($1, $2)', [someone, org]),
      ),
    ).toEqual({ code: '42501' })
  })

  it("an admin still changes the roles of their organisation's members, but not whose membership it is", async () => {
    const member = await createMember(db, org)
    const r = await as(admin, (tx) =>
      tx.query("update public.memberships set roles = array['member', 'ambassador'] where user_id = $1", [
        member.userId,
      ]),
    )
    expect(r).toMatchObject({ ok: { affectedRows: 1 } })
    expect(
      await as(admin, (tx) =>
        tx.query('update public.memberships set user_id = $2 where user_id = $1 and organisation_id = $3', [
          member.userId,
          otherAdmin.userId,
          org,
        ]),
      ),
    ).toEqual({ code: '42501' })
  })

  it("a membership cannot point at another organisation's department or job role", async () => {
    const member = await createMember(db, org)
    const dept = uuid()
    const role = uuid()
    await db.query("insert into public.departments (id, organisation_id, name) values ($1, $2, 'Salg')", [
      dept,
      otherOrg,
    ])
    await db.query("insert into public.job_roles (id, organisation_id, name) values ($1, $2, 'KAM')", [
      role,
      otherOrg,
    ])
    for (const set of ['department_id = $2', 'job_role_id = $2']) {
      const r = await as(admin, (tx) =>
        tx.query(`update public.memberships set ${set} where user_id = $1`, [
          member.userId,
          set.startsWith('dep') ? dept : role,
        ]),
      )
      expect(r).toEqual({ code: '23503' })
    }
    // A job role in org A cannot sit in org B's department either.
    await expect(
      db.query("insert into public.job_roles (organisation_id, department_id, name) values ($1, $2, 'X')", [
        org,
        dept,
      ]),
    ).rejects.toMatchObject({ code: '23503' })
  })

  it('a deleted department clears the membership reference and keeps the membership', async () => {
    const member = await createMember(db, org)
    const dept = uuid()
    await db.query("insert into public.departments (id, organisation_id, name) values ($1, $2, 'Prosjekt')", [
      dept,
      org,
    ])
    await db.query('update public.memberships set department_id = $2 where user_id = $1', [member.userId, dept])
    await db.query('delete from public.departments where id = $1', [dept])
    const m = await db.query('select organisation_id, department_id from public.memberships where user_id = $1', [
      member.userId,
    ])
    expect(m.rows).toEqual([{ organisation_id: org, department_id: null }])
  })
})

describe('old attempts', () => {
  it('private.prune_invite_attempts drops attempts older than an hour', async () => {
    const me = await newcomer()
    await redeemError(me, 'OLD-GUESS-1')
    await redeemError(me, 'NEW-GUESS-1')
    await db.query(
      `update private.invite_attempts set attempted_at = now() - interval '2 hours'
       where id = (select min(id) from private.invite_attempts where user_id = $1)`,
      [me.userId],
    )
    await db.query('select private.prune_invite_attempts()')
    const left = await db.query('select 1 from private.invite_attempts where user_id = $1', [me.userId])
    expect(left.rows).toHaveLength(1)
  })
})
