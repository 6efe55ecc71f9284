// @vitest-environment node
/**
 * Row-level security, table by table: each API role (anon, member, ambassador, hr, admin) acting on
 * rows of its own organisation (A) and of another organisation (B), for select / insert / update /
 * delete. For personal tables the target row belongs to a colleague (in A) or to a person in B:
 * nobody but its owner may touch it. Each case runs in a transaction that is rolled back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import {
  asAnon,
  createAuthUser,
  createMember,
  createOrg,
  createServerDb,
  uuid,
  type Role,
} from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'

type Actor = Role | 'anon'
type Org = 'A' | 'B'
type Op = 'select' | 'insert' | 'update' | 'delete'
const actors: Actor[] = ['anon', 'member', 'ambassador', 'hr', 'admin']
const ops: Op[] = ['select', 'insert', 'update', 'delete']

let db: PGlite
const org: Record<Org, string> = { A: '', B: '' }
const colleague: Record<Org, string> = { A: '', B: '' }
const dept: Record<Org, string> = { A: '', B: '' }
const remotes = {} as Record<Role, PgliteRemote>
let outsider = ''

async function sql(q: string, params: unknown[] = []): Promise<void> {
  await db.query(q, params)
}

interface TableCase {
  table: string
  label?: string
  /** Creates the target row (as the service role) and returns its id. */
  fixture(o: Org): Promise<string>
  /** A row the actor tries to insert into organisation `o`. */
  newRow(o: Org, actorId: string): Record<string, unknown>
  /** SET clause for the update. */
  set: string
  /** Which actors may do what, in A; nobody may do anything in B unless listed. */
  allowed: Partial<Record<Op, { A?: Actor[]; B?: Actor[] }>>
}

const everyone: Actor[] = ['member', 'ambassador', 'hr', 'admin']
const curators: Actor[] = ['ambassador', 'admin']

const cases: TableCase[] = [
  {
    table: 'organisations',
    fixture: async (o) => org[o],
    newRow: () => ({ id: uuid(), name: 'New org' }),
    set: "name = 'Renamed'",
    allowed: { select: { A: everyone }, update: { A: ['admin'] } },
  },
  {
    table: 'departments',
    fixture: async (o) => dept[o],
    newRow: (o) => ({ id: uuid(), organisation_id: org[o], name: 'New dept' }),
    set: "name = 'Renamed'",
    allowed: {
      select: { A: everyone },
      insert: { A: ['admin'] },
      update: { A: ['admin'] },
      delete: { A: ['admin'] },
    },
  },
  {
    table: 'job_roles',
    fixture: async (o) => {
      const id = uuid()
      await sql('insert into public.job_roles (id, organisation_id, name) values ($1, $2, $3)', [
        id,
        org[o],
        'Role',
      ])
      return id
    },
    newRow: (o) => ({ id: uuid(), organisation_id: org[o], name: 'New role' }),
    set: "name = 'Renamed'",
    allowed: {
      select: { A: everyone },
      insert: { A: ['admin'] },
      update: { A: ['admin'] },
      delete: { A: ['admin'] },
    },
  },
  {
    table: 'memberships',
    fixture: async (o) => {
      const r = await db.query<{ id: string }>(
        'select id from public.memberships where user_id = $1 and organisation_id = $2',
        [colleague[o], org[o]],
      )
      return r.rows[0]!.id
    },
    newRow: (o) => ({ id: uuid(), user_id: outsider, organisation_id: org[o], roles: ['member'] }),
    set: "roles = array['member', 'ambassador']",
    // A membership is made only by redeeming an invite (private.redeem_invite), never inserted.
    allowed: {
      select: { A: ['admin'] },
      update: { A: ['admin'] },
      delete: { A: ['admin'] },
    },
  },
  {
    table: 'invites',
    fixture: async (o) => {
      const id = uuid()
      await sql('insert into public.invites (id, code, organisation_id) values ($1, $2, $3)', [
        id,
        `code-${id}`,
        org[o],
      ])
      return id
    },
    newRow: (o) => ({ id: uuid(), code: `new-${uuid()}`, organisation_id: org[o] }),
    set: 'max_uses = 3',
    allowed: {
      select: { A: ['admin'] },
      insert: { A: ['admin'] },
      update: { A: ['admin'] },
      delete: { A: ['admin'] },
    },
  },
  {
    table: 'profiles',
    fixture: async (o) => {
      await sql(
        "insert into public.profiles (id, display_name) values ($1, 'Colleague') on conflict (id) do nothing",
        [colleague[o]],
      )
      return colleague[o]
    },
    // Someone else's profile: never.
    newRow: () => ({ id: outsider, display_name: 'Spoofed' }),
    set: "display_name = 'Changed'",
    allowed: {},
  },
  ...(['progress_events', 'quiz_answers', 'self_assessments'] as const).map((table): TableCase => ({
    table,
    fixture: async (o) => personalFixture(table, colleague[o]),
    // A row claiming to be the colleague's.
    newRow: (o) => ({ ...personalRow(table), user_id: colleague[o] }),
    set: 'user_id = user_id',
    allowed: {},
  })),
  {
    table: 'challenge_attempts',
    fixture: async (o) => {
      const id = uuid()
      await sql(
        `insert into public.challenge_attempts (id, user_id, organisation_id, challenge_id, submitted_for_review)
         values ($1, $2, $3, 'c1', true)`,
        [id, colleague[o], org[o]],
      )
      return id
    },
    // The actor's own attempt, shared with organisation o for review.
    newRow: (o, actorId) => ({
      id: uuid(),
      user_id: actorId,
      organisation_id: org[o],
      challenge_id: 'c1',
      submitted_for_review: true,
    }),
    set: 'self_score = 5',
    allowed: { select: { A: ['ambassador'] }, insert: { A: everyone } },
  },
  {
    table: 'prompt_uses',
    fixture: async (o) => {
      const id = uuid()
      const prompt = await promptFixture(o, 'approved')
      await sql(
        'insert into public.prompt_uses (id, user_id, prompt_id, organisation_id, minutes_saved) values ($1, $2, $3, $4, 10)',
        [id, colleague[o], prompt, org[o]],
      )
      return id
    },
    newRow: (o, actorId) => ({
      id: uuid(),
      user_id: actorId,
      prompt_id: approvedPrompt[o],
      organisation_id: org[o],
      minutes_saved: 5,
    }),
    set: 'minutes_saved = 99',
    allowed: { insert: { A: everyone } },
  },
  {
    table: 'prompts',
    label: 'prompts (approved; insert a submission)',
    fixture: async (o) => promptFixture(o, 'approved'),
    newRow: (o, actorId) => ({
      id: uuid(),
      organisation_id: org[o],
      author_id: actorId,
      title: 'T',
      body: 'B',
      status: 'submitted',
    }),
    set: 'featured = true',
    allowed: {
      select: { A: everyone },
      insert: { A: everyone },
      update: { A: curators },
      delete: { A: curators },
    },
  },
  {
    table: 'prompts',
    label: "prompts (a colleague's submission; insert approved)",
    fixture: async (o) => promptFixture(o, 'submitted'),
    newRow: (o, actorId) => ({
      id: uuid(),
      organisation_id: org[o],
      author_id: actorId,
      title: 'T',
      body: 'B',
      status: 'approved',
    }),
    set: "status = 'approved'",
    allowed: {
      select: { A: curators },
      insert: { A: curators },
      update: { A: curators },
      delete: { A: curators },
    },
  },
  {
    table: 'prompt_revisions',
    fixture: async (o) => {
      // The server writes a prompt's first revision with the prompt.
      const prompt = await promptFixture(o, 'approved')
      const r = await db.query<{ id: string }>(
        'select id from public.prompt_revisions where prompt_id = $1',
        [prompt],
      )
      return r.rows[0]!.id
    },
    newRow: (o, actorId) => ({
      id: uuid(),
      prompt_id: approvedPrompt[o],
      organisation_id: org[o],
      revision: 50 + Math.floor(Math.random() * 1e6),
      author_id: actorId,
      title: 'T',
      body: 'B',
      data_class: 'green',
      status: 'approved',
    }),
    set: "body = 'rewritten history'",
    // History is written by the server only (a prompt's triggers), never by an API role.
    allowed: { select: { A: everyone } },
  },
]

function personalRow(
  table: 'progress_events' | 'quiz_answers' | 'self_assessments',
): { id: string } & Record<string, unknown> {
  const id = uuid()
  if (table === 'progress_events') return { id, lesson_id: 'l1', kind: 'completed' }
  if (table === 'quiz_answers')
    return { id, lesson_id: 'l1', question_id: 'q1', choice_id: 'a', correct: true }
  return { id, competency_id: 'ai-basics', level: 2 }
}

async function personalFixture(
  table: 'progress_events' | 'quiz_answers' | 'self_assessments',
  userId: string,
): Promise<string> {
  const row = { ...personalRow(table), user_id: userId }
  await insertRow(db, table, row)
  return row.id
}

const approvedPrompt: Record<Org, string> = { A: '', B: '' }
async function promptFixture(o: Org, status: 'approved' | 'submitted'): Promise<string> {
  const id = uuid()
  await sql(
    'insert into public.prompts (id, organisation_id, author_id, title, body, status) values ($1, $2, $3, $4, $5, $6)',
    [id, org[o], colleague[o], 'Title', 'Body', status],
  )
  return id
}

async function insertRow(
  q: PGlite | Transaction,
  table: string,
  row: Record<string, unknown>,
): Promise<void> {
  const cols = Object.keys(row)
  await q.query(
    `insert into public.${table} (${cols.join(', ')}) select ${cols.join(', ')} from jsonb_populate_record(null::public.${table}, $1)`,
    [JSON.stringify(row)],
  )
}

/** Runs one operation as `actor` in a rolled-back transaction; true when it took effect. */
async function attempt(
  actor: Actor,
  c: TableCase,
  o: Org,
  op: Op,
  target: string,
): Promise<boolean> {
  const actorId = actor === 'anon' ? '' : remotes[actor].userId
  const run = async (tx: Transaction): Promise<boolean> => {
    try {
      switch (op) {
        case 'select': {
          const r = await tx.query(`select 1 from public.${c.table} where id = $1`, [target])
          return r.rows.length === 1
        }
        case 'insert':
          await insertRow(tx, c.table, c.newRow(o, actorId))
          return true
        case 'update': {
          const r = await tx.query(`update public.${c.table} set ${c.set} where id = $1`, [target])
          return r.affectedRows === 1
        }
        case 'delete': {
          const r = await tx.query(`delete from public.${c.table} where id = $1`, [target])
          return r.affectedRows === 1
        }
      }
    } catch (error) {
      const code = (error as { code?: string }).code
      // RLS violation or no privilege: denied. Anything else is a broken test.
      if (code === '42501') return false
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

beforeAll(async () => {
  db = await createServerDb()
  for (const o of ['A', 'B'] as const) {
    org[o] = await createOrg(db, `Org ${o}`)
    dept[o] = uuid()
    await sql('insert into public.departments (id, organisation_id, name) values ($1, $2, $3)', [
      dept[o],
      org[o],
      'Sales',
    ])
    colleague[o] = (await createMember(db, org[o])).userId
    approvedPrompt[o] = await promptFixture(o, 'approved')
  }
  for (const role of ['member', 'ambassador', 'hr', 'admin'] as const) {
    remotes[role] = await createMember(db, org.A, [role])
  }
  outsider = uuid()
  await createAuthUser(db, outsider)
})

afterAll(async () => {
  await db?.close()
})

describe.each(cases.map((c) => ({ ...c, label: c.label ?? c.table })))('$label', (c) => {
  const targets: Partial<Record<Org, string>> = {}
  beforeAll(async () => {
    targets.A = await c.fixture('A')
    targets.B = await c.fixture('B')
  })
  const grid = actors.flatMap((actor) =>
    (['A', 'B'] as const).flatMap((o) => ops.map((op) => ({ actor, o, op }))),
  )
  it.each(grid)('$actor on org $o: $op', async ({ actor, o, op }) => {
    const expected = c.allowed[op]?.[o]?.includes(actor) ?? false
    expect(await attempt(actor, c, o, op, targets[o]!)).toBe(expected)
  })
})

describe('own personal rows', () => {
  const personal = ['progress_events', 'quiz_answers', 'self_assessments'] as const
  it.each(everyone.flatMap((role) => personal.map((table) => ({ role: role as Role, table }))))(
    '$role reads, writes and deletes own $table rows',
    async ({ role, table }) => {
      const me = remotes[role]
      const row = { ...personalRow(table), user_id: me.userId }
      await me.asUser(async (tx) => {
        await insertRow(tx, table, row)
        expect(
          (await tx.query(`select 1 from public.${table} where id = $1`, [row.id])).rows,
        ).toHaveLength(1)
        expect(
          (await tx.query(`update public.${table} set user_id = user_id where id = $1`, [row.id]))
            .affectedRows,
        ).toBe(1)
        expect(
          (await tx.query(`delete from public.${table} where id = $1`, [row.id])).affectedRows,
        ).toBe(1)
        await tx.rollback()
      })
    },
  )

  it.each(everyone)('%s manages their own profile only', async (role) => {
    const me = remotes[role as Role]
    await me.asUser(async (tx) => {
      await insertRow(tx, 'profiles', { id: me.userId, display_name: 'Me' })
      expect((await tx.query('select id from public.profiles')).rows).toEqual([{ id: me.userId }])
      expect((await tx.query("update public.profiles set language = 'en'")).affectedRows).toBe(1)
      await tx.rollback()
    })
  })

  it("a member sees their own memberships but not colleagues'", async () => {
    const rows = await remotes.member.asUser(
      async (tx) =>
        (await tx.query<{ user_id: string }>('select user_id from public.memberships')).rows,
    )
    expect(rows.map((r) => r.user_id)).toEqual([remotes.member.userId])
  })
})
