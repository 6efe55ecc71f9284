// @vitest-environment node
/**
 * Community tables (issue 16; supabase/migrations/20261208100000_community.sql): the RLS matrix
 * (member / ambassador / hr / admin × own / other organisation × select / insert / update /
 * delete, plus hide for the moderated tables), the server-owned columns, the aggregates, and the
 * attacks through sync_push; hiding, restoring and deleting reach exactly the audience.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import {
  createMember,
  createOrg,
  createServerDb,
  del,
  upsert,
  uuid,
  type Role,
} from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import type { PullCursor, PullPage } from '@/data/remote/types'

type Org = 'A' | 'B'
type Op = 'select' | 'insert' | 'update' | 'hide' | 'delete'
const roles: Role[] = ['member', 'ambassador', 'hr', 'admin']
const everyone = roles
const moderators: Role[] = ['ambassador', 'admin']

let db: PGlite
const org: Record<Org, string> = { A: '', B: '' }
const colleague: Record<Org, PgliteRemote> = {} as Record<Org, PgliteRemote>
const remotes = {} as Record<Role, PgliteRemote>

async function sql<T = Record<string, unknown>>(q: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query<T>(q, params)).rows
}

function post(o: Org, extra: Record<string, unknown> = {}) {
  return {
    id: uuid(),
    organisation_id: org[o],
    kind: 'use_case',
    title: 'Tilbud på 20 minutter',
    body: 'Jeg lar assistenten lage første utkast.',
    task: 'tilbud',
    minutes_before: 60,
    minutes_after: 20,
    tags: ['tilbud'],
    ...extra,
  }
}

/** Inserts `row` into `table` as the superuser (triggers on, no caller: a data import). */
async function insertRow(q: PGlite | Transaction, table: string, row: Record<string, unknown>) {
  const cols = Object.keys(row)
  await q.query(
    `insert into public.${table} (${cols.join(', ')}) select ${cols.join(', ')} from jsonb_populate_record(null::public.${table}, $1)`,
    [JSON.stringify(row)],
  )
}

async function fixturePost(o: Org, author = colleague[o].userId, extra = {}): Promise<string> {
  const p = { ...post(o, extra), author_id: author }
  await insertRow(db, 'community_posts', p)
  return p.id
}

async function fixtureComment(o: Org, postId: string, author = colleague[o].userId) {
  const id = uuid()
  await insertRow(db, 'community_comments', {
    id,
    organisation_id: org[o],
    post_id: postId,
    author_id: author,
    body: 'Godt tips!',
  })
  return id
}

interface Case {
  table: string
  fixture(o: Org): Promise<string>
  newRow(o: Org, postId: string): Record<string, unknown>
  /** An update that only the allowed actors can make take effect, and how to see the effect. */
  update: { set: string; check: string }
  hide?: boolean
  allowed: Partial<Record<Op, Role[]>>
}

const posts: Record<Org, string> = { A: '', B: '' }

const cases: Case[] = [
  {
    table: 'community_posts',
    fixture: (o) => fixturePost(o),
    newRow: (o) => post(o),
    update: { set: "title = 'Endret'", check: "title = 'Endret'" },
    hide: true,
    allowed: {
      select: everyone,
      insert: everyone,
      update: [],
      hide: moderators,
      delete: ['admin'],
    },
  },
  {
    table: 'community_comments',
    fixture: (o) => fixtureComment(o, posts[o]),
    newRow: (o, p) => ({ id: uuid(), organisation_id: org[o], post_id: p, body: 'Takk!' }),
    update: { set: "body = 'Endret'", check: "body = 'Endret'" },
    hide: true,
    allowed: {
      select: everyone,
      insert: everyone,
      update: [],
      hide: moderators,
      delete: ['admin'],
    },
  },
  {
    table: 'community_reactions',
    fixture: async (o) => {
      const id = uuid()
      await insertRow(db, 'community_reactions', {
        id,
        organisation_id: org[o],
        post_id: posts[o],
        user_id: colleague[o].userId,
        kind: 'useful',
      })
      return id
    },
    newRow: (o, p) => ({ id: uuid(), organisation_id: org[o], post_id: p, kind: 'thanks' }),
    update: { set: "kind = 'tried'", check: "kind = 'tried'" },
    // HR, like everyone else, reads no individual reaction.
    allowed: { insert: everyone },
  },
  {
    table: 'community_replications',
    fixture: async (o) => {
      const id = uuid()
      await insertRow(db, 'community_replications', {
        id,
        organisation_id: org[o],
        post_id: posts[o],
        user_id: colleague[o].userId,
        minutes_before: 30,
        minutes_after: 10,
      })
      return id
    },
    newRow: (o, p) => ({
      id: uuid(),
      organisation_id: org[o],
      post_id: p,
      minutes_before: 50,
      minutes_after: 20,
    }),
    update: { set: 'minutes_after = 1', check: 'minutes_after = 1' },
    allowed: { insert: everyone },
  },
  {
    table: 'community_reports',
    fixture: async (o) => {
      const id = uuid()
      await insertRow(db, 'community_reports', {
        id,
        organisation_id: org[o],
        target_table: 'community_posts',
        target_id: posts[o],
        reporter_id: colleague[o].userId,
        reason: 'personal_data',
      })
      return id
    },
    newRow: (o, p) => ({
      id: uuid(),
      organisation_id: org[o],
      target_table: 'community_posts',
      target_id: p,
      reason: 'wrong',
    }),
    update: {
      set: "resolution = 'kept'",
      check: "resolution = 'kept' and resolved_at is not null",
    },
    allowed: { select: moderators, insert: everyone, update: moderators, delete: ['admin'] },
  },
]

/** One operation as `role` in a rolled-back transaction; true when it took effect. */
async function attempt(role: Role, c: Case, o: Org, op: Op, target: string): Promise<boolean> {
  let outcome = false
  await remotes[role].asUser(async (tx) => {
    try {
      switch (op) {
        case 'select':
          outcome =
            (await tx.query(`select 1 from public.${c.table} where id = $1`, [target])).rows
              .length === 1
          break
        case 'insert': {
          // On (or about) a colleague's published post of that organisation.
          await insertRow(tx, c.table, c.newRow(o, posts[o]))
          outcome = true
          break
        }
        case 'update':
        case 'hide': {
          const set =
            op === 'hide'
              ? "status = 'hidden', moderation_reason = 'Personopplysninger'"
              : c.update.set
          const check =
            op === 'hide' ? "status = 'hidden' and moderated_by is not null" : c.update.check
          await tx.query(`update public.${c.table} set ${set} where id = $1`, [target])
          await tx.exec('reset role')
          outcome =
            (await tx.query(`select 1 from public.${c.table} where id = $1 and ${check}`, [target]))
              .rows.length === 1
          break
        }
        case 'delete':
          outcome =
            (await tx.query(`delete from public.${c.table} where id = $1`, [target]))
              .affectedRows === 1
      }
    } catch (error) {
      const code = (error as { code?: string }).code
      if (code !== '42501') throw error
    }
    await tx.rollback()
  })
  return outcome
}

beforeAll(async () => {
  db = await createServerDb()
  for (const o of ['A', 'B'] as const) {
    org[o] = await createOrg(db, `Org ${o}`)
    colleague[o] = await createMember(db, org[o])
    posts[o] = await fixturePost(o)
  }
  for (const role of roles) remotes[role] = await createMember(db, org.A, [role])
})

afterAll(async () => {
  await db?.close()
})

describe.each(cases)('RLS: $table', (c) => {
  const targets: Partial<Record<Org, string>> = {}
  beforeAll(async () => {
    targets.A = await c.fixture('A')
    targets.B = await c.fixture('B')
  })
  const ops: Op[] = ['select', 'insert', 'update', 'delete', ...(c.hide ? ['hide' as const] : [])]
  const grid = roles.flatMap((role) =>
    (['A', 'B'] as const).flatMap((o) => ops.map((op) => ({ role, o, op }))),
  )
  it.each(grid)('$role, a colleague’s row in org $o: $op', async ({ role, o, op }) => {
    const expected = o === 'A' && (c.allowed[op]?.includes(role) ?? false)
    expect(await attempt(role, c, o, op, targets[o]!)).toBe(expected)
  })
})

async function pullAll(remote: PgliteRemote, cursor: PullCursor | null = null) {
  const changes: PullPage['changes'] = []
  let page: PullPage
  do {
    page = await remote.pull(cursor, 1000)
    changes.push(...page.changes)
    cursor = page.cursor
  } while (page.hasMore)
  return { changes, cursor }
}
const ids = (changes: PullPage['changes'], table: string, op: 'upsert' | 'delete') =>
  changes.filter((c) => c.table === table && c.op === op).map((c) => c.row.id)
const reasons = (answers: { reason?: string }[]) => answers.map((a) => a.reason ?? null)

async function team() {
  const o = await createOrg(db, 'Team')
  return {
    org: o,
    author: await createMember(db, o),
    member: await createMember(db, o),
    commenter: await createMember(db, o),
    amb: await createMember(db, o, ['member', 'ambassador']),
    admin: await createMember(db, o, ['admin']),
    hr: await createMember(db, o, ['hr']),
  }
}

async function postRow(id: string) {
  return (
    await sql<Record<string, unknown>>('select * from public.community_posts where id = $1', [id])
  )[0]!
}

describe('posts through sync_push', () => {
  it('the server owns author, times, revision, moderation and aggregates', async () => {
    const t = await team()
    const p = {
      ...post('A'),
      organisation_id: t.org,
      author_id: t.author.userId,
      created_at: '2001-01-01T00:00:00Z',
      revision: 99,
      status: 'hidden',
      moderated_by: t.amb.userId,
      reaction_counts: { useful: 500, tried: 0, thanks: 0 },
      comment_count: 40,
      replication_count: 7,
      replication_median_saved: 600,
    }
    expect(reasons(await t.author.push([upsert('community_posts', p)]))).toEqual([null])
    const row = await postRow(p.id)
    expect(row).toMatchObject({
      author_id: t.author.userId,
      revision: 1,
      status: 'published',
      moderated_by: null,
      reaction_counts: { useful: 0, tried: 0, thanks: 0 },
      comment_count: 0,
      replication_count: 0,
      replication_median_saved: null,
    })
    expect(Math.abs(Date.now() - new Date(row.created_at as string).getTime())).toBeLessThan(60_000)

    // An edit by the author: revision + 1, the replaced text in the history; forged values ignored.
    await t.author.push([
      upsert('community_posts', { ...p, title: 'Ny tittel', revision: 1, comment_count: 3 }),
    ])
    expect(await postRow(p.id)).toMatchObject({ title: 'Ny tittel', revision: 2, comment_count: 0 })
    expect(
      await sql('select revision, title from private.community_post_revisions where post_id = $1', [
        p.id,
      ]),
    ).toEqual([{ revision: 1, title: p.title }])
    // A retry of the same content (new mutation id) is no edit; a replay changes nothing.
    const again = upsert('community_posts', { ...p, title: 'Ny tittel' })
    expect(reasons(await t.author.push([again]))).toEqual([null])
    expect(reasons(await t.author.push([again]))).toEqual([null])
    expect((await postRow(p.id)).revision).toBe(2)
  })

  it('forged authors, other organisations and oversize values are refused with a reason', async () => {
    const t = await team()
    const other = await team()
    const mine = { ...post('A'), organisation_id: t.org }
    const answers = await t.author.push([
      upsert('community_posts', {
        ...post('A'),
        organisation_id: t.org,
        author_id: t.member.userId,
      }),
      upsert('community_posts', { ...post('A'), organisation_id: other.org }),
      upsert('community_posts', { ...post('A'), organisation_id: t.org, body: 'x'.repeat(8001) }),
      upsert('community_posts', {
        ...post('A'),
        organisation_id: t.org,
        body: 'x'.repeat(1 << 20),
      }),
      upsert('community_posts', { ...post('A'), organisation_id: t.org, tags: Array(9).fill('a') }),
      upsert('community_posts', { ...post('A'), organisation_id: t.org, title: '' }),
      upsert('community_posts', { ...post('A'), organisation_id: t.org, minutes_before: -1 }),
      upsert('community_posts', { ...post('A'), organisation_id: t.org, kind: 'ad' }),
      upsert('community_posts', mine),
    ])
    expect(reasons(answers)).toEqual([
      'forbidden_author',
      'not_member',
      'invalid_row',
      'too_large',
      'invalid_row',
      'invalid_row',
      'invalid_row',
      'invalid_row',
      null,
    ])
    // Moving one's post to another organisation is refused, and so is another org's department.
    const dept = uuid()
    await sql('insert into public.departments (id, organisation_id, name) values ($1, $2, $3)', [
      dept,
      other.org,
      'Salg',
    ])
    expect(
      reasons(
        await t.author.push([
          upsert('community_posts', { ...mine, organisation_id: other.org }),
          upsert('community_posts', { ...mine, department_id: dept }),
        ]),
      ),
    ).toEqual(['not_member', 'invalid_row'])
    // An admin of the other organisation cannot touch it either (same id, their org).
    expect(
      reasons(
        await other.admin.push([
          upsert('community_posts', { ...mine, organisation_id: other.org, status: 'hidden' }),
          del('community_posts', mine.id),
        ]),
      ),
    ).toEqual(['forbidden', 'forbidden'])
    expect((await postRow(mine.id)).status).toBe('published')
  })

  it('only ambassadors and admins hide; an author’s push never changes the status', async () => {
    const t = await team()
    const p = { ...post('A'), organisation_id: t.org }
    await t.author.push([upsert('community_posts', p)])
    // A member hiding a colleague's post: refused.
    expect(
      reasons(await t.member.push([upsert('community_posts', { ...p, status: 'hidden' })])),
    ).toEqual(['forbidden'])
    // The author hiding their own: the status stays.
    await t.author.push([upsert('community_posts', { ...p, status: 'hidden' })])
    expect((await postRow(p.id)).status).toBe('published')
    // An ambassador with an old copy hides it: the author's newer text stays.
    await t.author.push([upsert('community_posts', { ...p, body: 'Nyere tekst' })])
    expect(
      reasons(
        await t.amb.push([
          upsert('community_posts', { ...p, status: 'hidden', moderation_reason: 'Kundenavn' }),
        ]),
      ),
    ).toEqual([null])
    const hidden = await postRow(p.id)
    expect(hidden).toMatchObject({
      status: 'hidden',
      moderation_reason: 'Kundenavn',
      moderated_by: t.amb.userId,
      body: 'Nyere tekst',
    })
    // The author cannot un-hide it by pushing the status back.
    await t.author.push([upsert('community_posts', { ...p, status: 'published', body: 'Fikset' })])
    expect(await postRow(p.id)).toMatchObject({ status: 'hidden', body: 'Fikset' })
    // Delete: not by a member or the ambassador, by the author.
    expect(reasons(await t.member.push([del('community_posts', p.id)]))).toEqual(['forbidden'])
    expect(reasons(await t.amb.push([del('community_posts', p.id)]))).toEqual(['forbidden'])
    expect(reasons(await t.author.push([del('community_posts', p.id)]))).toEqual([null])
    expect(
      await sql('select 1 from private.community_post_revisions where post_id = $1', [p.id]),
    ).toEqual([])
  })

  it('hiding reaches every device: gone for members and HR, kept for the author and moderators', async () => {
    const t = await team()
    const p = { ...post('A'), organisation_id: t.org }
    await t.author.push([upsert('community_posts', p)])
    const c1 = { id: uuid(), organisation_id: t.org, post_id: p.id, body: 'Hvilken modell?' }
    const c2 = { id: uuid(), organisation_id: t.org, post_id: p.id, body: 'Takk!' }
    expect(reasons(await t.commenter.push([upsert('community_comments', c1)]))).toEqual([null])
    expect(reasons(await t.member.push([upsert('community_comments', c2)]))).toEqual([null])
    const before = Object.fromEntries(
      await Promise.all(
        (['author', 'member', 'commenter', 'amb', 'admin', 'hr'] as const).map(
          async (k) => [k, await pullAll(t[k])] as const,
        ),
      ),
    )
    expect(ids(before.hr!.changes, 'community_posts', 'upsert')).toEqual([p.id])
    expect(ids(before.member!.changes, 'community_comments', 'upsert').sort()).toEqual(
      [c1.id, c2.id].sort(),
    )

    await t.amb.push([
      upsert('community_posts', { ...p, status: 'hidden', moderation_reason: 'x' }),
    ])

    type Who = 'author' | 'member' | 'commenter' | 'amb' | 'admin' | 'hr'
    const after = async (k: Who) => (await pullAll(t[k], before[k]!.cursor)).changes
    for (const k of ['member', 'hr'] as const) {
      const ch = await after(k)
      expect(ids(ch, 'community_posts', 'delete')).toEqual([p.id])
      expect(ids(ch, 'community_posts', 'upsert')).toEqual([])
    }
    // The member loses the post and the commenter's comment, but keeps their own comment.
    const member = await after('member')
    expect(ids(member, 'community_comments', 'delete')).toEqual([c1.id])
    expect(ids(member, 'community_comments', 'upsert')).toEqual([c2.id])
    const commenter = await after('commenter')
    expect(ids(commenter, 'community_comments', 'delete')).toEqual([c2.id])
    expect(ids(commenter, 'community_comments', 'upsert')).toEqual([c1.id])
    for (const k of ['author', 'amb', 'admin'] as const) {
      const ch = await after(k)
      expect(ids(ch, 'community_posts', 'delete')).toEqual([])
      expect(ids(ch, 'community_posts', 'upsert')).toEqual([p.id])
      expect(ch.find((c) => c.table === 'community_posts')!.row).toMatchObject({
        status: 'hidden',
        moderation_reason: 'x',
      })
    }
    // New comments, reactions and replications on the hidden post: refused for members.
    expect(
      reasons(
        await t.member.push([
          upsert('community_comments', { ...c2, id: uuid() }),
          upsert('community_reactions', {
            id: uuid(),
            organisation_id: t.org,
            post_id: p.id,
            kind: 'useful',
          }),
          upsert('community_replications', {
            id: uuid(),
            organisation_id: t.org,
            post_id: p.id,
            minutes_before: 10,
            minutes_after: 5,
          }),
        ]),
      ),
    ).toEqual(['forbidden', 'forbidden', 'forbidden'])

    // Restored: back on the members' devices, comments included.
    const hiddenCursor = (await pullAll(t.member, before.member!.cursor)).cursor
    await t.amb.push([
      upsert('community_posts', { ...p, status: 'published', moderation_reason: null }),
    ])
    const back = (await pullAll(t.member, hiddenCursor)).changes
    expect(ids(back, 'community_posts', 'upsert')).toEqual([p.id])
    expect(ids(back, 'community_comments', 'upsert').sort()).toEqual([c1.id, c2.id].sort())
  })

  it('a hidden comment leaves the members’ devices; its author keeps it with the reason', async () => {
    const t = await team()
    const p = { ...post('A'), organisation_id: t.org }
    await t.author.push([upsert('community_posts', p)])
    const c = { id: uuid(), organisation_id: t.org, post_id: p.id, body: 'Ring Ola på 99 99 99 99' }
    await t.commenter.push([upsert('community_comments', c)])
    expect((await postRow(p.id)).comment_count).toBe(1)
    const m = await pullAll(t.member)
    const a = await pullAll(t.commenter)
    // Not the post's author, nor a member: only moderators hide a comment.
    await t.author.push([upsert('community_comments', { ...c, status: 'hidden' })])
    expect(
      reasons(await t.member.push([upsert('community_comments', { ...c, status: 'hidden' })])),
    ).toEqual(['forbidden'])
    await t.admin.push([
      upsert('community_comments', { ...c, status: 'hidden', moderation_reason: 'Telefonnummer' }),
    ])
    expect(
      ids((await pullAll(t.member, m.cursor)).changes, 'community_comments', 'delete'),
    ).toEqual([c.id])
    const mine = (await pullAll(t.commenter, a.cursor)).changes
    expect(mine.find((x) => x.table === 'community_comments')!.row).toMatchObject({
      status: 'hidden',
      moderation_reason: 'Telefonnummer',
      body: c.body,
    })
    // A hidden comment is not counted.
    expect((await postRow(p.id)).comment_count).toBe(0)
  })

  it('emoji sequences, right-to-left overrides and zero-width characters round-trip; limits count code points', async () => {
    const t = await team()
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}' // 7 code points
    const title = `${family.repeat(10)}\u202Eevil\u202C\u200B\u2066x\u2069`
    const p = { ...post('A'), organisation_id: t.org, title, tags: [family, '\u200B'] }
    expect(reasons(await t.author.push([upsert('community_posts', p)]))).toEqual([null])
    const pulled = (await pullAll(t.member)).changes.find((c) => c.row.id === p.id)!
    expect(pulled.row.title).toBe(title)
    expect(pulled.row.tags).toEqual([family, '\u200B'])
    // 141 code points is one too many, whatever the number of UTF-16 units or graphemes.
    const over = { ...post('A'), organisation_id: t.org, title: family.repeat(20) + '\u200B' }
    expect([...over.title]).toHaveLength(141)
    expect(reasons(await t.author.push([upsert('community_posts', over)]))).toEqual(['invalid_row'])
  })

  it('a comment on a post of another organisation is refused', async () => {
    const t = await team()
    const other = await team()
    const theirs = { ...post('A'), organisation_id: other.org }
    await other.author.push([upsert('community_posts', theirs)])
    const c = { id: uuid(), post_id: theirs.id, body: 'Hei' }
    expect(
      reasons(
        await t.member.push([
          upsert('community_comments', { ...c, organisation_id: t.org }),
          upsert('community_comments', { ...c, id: uuid(), organisation_id: other.org }),
          upsert('community_reactions', {
            id: uuid(),
            organisation_id: t.org,
            post_id: theirs.id,
            kind: 'useful',
          }),
          upsert('community_reports', {
            id: uuid(),
            organisation_id: t.org,
            target_table: 'community_posts',
            target_id: theirs.id,
            reason: 'spam',
          }),
        ]),
      ),
    ).toEqual(['forbidden', 'not_member', 'forbidden', 'forbidden'])
    expect(
      await sql('select 1 from public.community_comments where post_id = $1', [theirs.id]),
    ).toEqual([])
  })
})

describe('reactions and replications', () => {
  it('keep the counts and median on the post; only the person reads their own', async () => {
    const t = await team()
    const p = { ...post('A'), organisation_id: t.org }
    await t.author.push([upsert('community_posts', p)])
    const react = (kind: string) => ({ id: uuid(), organisation_id: t.org, post_id: p.id, kind })
    const useful = react('useful')
    const answers = await t.member.push([
      upsert('community_reactions', useful),
      upsert('community_reactions', react('thanks')),
      upsert('community_reactions', react('useful')),
      upsert('community_reactions', { ...react('tried'), user_id: t.amb.userId }),
    ])
    expect(reasons(answers)).toEqual([null, null, 'duplicate', 'forbidden_author'])
    await t.amb.push([upsert('community_reactions', react('useful'))])
    await t.hr.push([upsert('community_reactions', react('tried'))])
    expect((await postRow(p.id)).reaction_counts).toEqual({ useful: 2, tried: 1, thanks: 1 })

    const rep = (remote: PgliteRemote, before: number, after: number) =>
      remote.push([
        upsert('community_replications', {
          id: uuid(),
          organisation_id: t.org,
          post_id: p.id,
          minutes_before: before,
          minutes_after: after,
          note: 'Funket for meg også',
        }),
      ])
    expect(reasons(await rep(t.member, 60, 15))).toEqual([null])
    expect(reasons(await rep(t.amb, 90, 30))).toEqual([null])
    expect(reasons(await rep(t.hr, 40, 30))).toEqual([null])
    expect(reasons(await rep(t.member, 60, 10))).toEqual(['duplicate'])
    // The author's own figure is not a second, independent one.
    expect(reasons(await rep(t.author, 60, 10))).toEqual(['forbidden'])
    expect(await postRow(p.id)).toMatchObject({
      replication_count: 3,
      replication_median_saved: 45,
    })

    // Pulls: each person's own rows only; HR reads no individual reaction.
    const hr = (await pullAll(t.hr)).changes
    expect(hr.filter((c) => c.table === 'community_reactions')).toHaveLength(1)
    expect(hr.filter((c) => c.table === 'community_replications')).toHaveLength(1)
    const authorPull = (await pullAll(t.author)).changes
    expect(authorPull.filter((c) => c.table === 'community_reactions')).toEqual([])
    const hrSees = await t.hr.asUser(async (tx) => {
      return (await tx.query('select count(*)::int as n from public.community_reactions')).rows[0]
    })
    expect(hrSees).toEqual({ n: 1 })

    // Un-react; a replay of the un-react changes nothing more.
    const memberCursor = (await pullAll(t.member)).cursor
    const unreact = del('community_reactions', useful.id)
    expect(reasons(await t.member.push([unreact]))).toEqual([null])
    expect(reasons(await t.member.push([unreact]))).toEqual([null])
    expect((await postRow(p.id)).reaction_counts).toEqual({ useful: 1, tried: 1, thanks: 1 })
    // The same row again (a late retry) is not brought back; a new one is fine.
    expect(reasons(await t.member.push([upsert('community_reactions', useful)]))).toEqual([
      'deleted',
    ])
    expect(
      reasons(await t.member.push([upsert('community_reactions', { ...useful, id: uuid() })])),
    ).toEqual([null])
    // Everyone's device gets the new counts through the post.
    const ch = (await pullAll(t.member, memberCursor)).changes
    expect(ch.find((c) => c.table === 'community_posts')!.row.reaction_counts).toEqual({
      useful: 2,
      tried: 1,
      thanks: 1,
    })

    // The post deleted: each reactor's devices drop their reactions.
    const hrCursor = (await pullAll(t.hr)).cursor
    await t.author.push([del('community_posts', p.id)])
    const gone = (await pullAll(t.hr, hrCursor)).changes
    expect(ids(gone, 'community_posts', 'delete')).toEqual([p.id])
    expect(ids(gone, 'community_reactions', 'delete')).toHaveLength(1)
    expect(ids(gone, 'community_replications', 'delete')).toHaveLength(1)
  })
})

describe('reports', () => {
  it('reach the reporter and the moderators; only moderators resolve', async () => {
    const t = await team()
    const p = { ...post('A'), organisation_id: t.org }
    await t.author.push([upsert('community_posts', p)])
    const r = {
      id: uuid(),
      organisation_id: t.org,
      target_table: 'community_posts',
      target_id: p.id,
      reason: 'personal_data',
      note: 'Kundens navn står i teksten',
      resolution: 'kept',
      reporter_id: t.member.userId,
    }
    expect(reasons(await t.member.push([upsert('community_reports', r)]))).toEqual([null])
    const stored = (await sql('select * from public.community_reports where id = $1', [r.id]))[0]!
    expect(stored).toMatchObject({
      resolution: null,
      resolved_at: null,
      reporter_id: t.member.userId,
    })
    expect(ids((await pullAll(t.amb)).changes, 'community_reports', 'upsert')).toEqual([r.id])
    expect(ids((await pullAll(t.admin)).changes, 'community_reports', 'upsert')).toEqual([r.id])
    expect(ids((await pullAll(t.hr)).changes, 'community_reports', 'upsert')).toEqual([])
    expect(ids((await pullAll(t.author)).changes, 'community_reports', 'upsert')).toEqual([])
    // Reporting twice: duplicate; a member resolving: ignored; an ambassador: stamped.
    expect(
      reasons(await t.member.push([upsert('community_reports', { ...r, id: uuid() })])),
    ).toEqual(['duplicate'])
    await t.member.push([upsert('community_reports', { ...r, resolution: 'kept' })])
    expect(
      (await sql('select resolution from public.community_reports where id = $1', [r.id]))[0],
    ).toEqual({
      resolution: null,
    })
    await t.amb.push([upsert('community_reports', { ...r, resolution: 'hidden', note: 'endret' })])
    const done = (await sql('select * from public.community_reports where id = $1', [r.id]))[0]!
    expect(done.resolution).toBe('hidden')
    expect(done.resolved_at).not.toBeNull()
    expect(done.note).toBe(r.note)
    // The post deleted by its author: the report goes with it, on the moderators' devices too.
    const ambCursor = (await pullAll(t.amb)).cursor
    const mineCursor = (await pullAll(t.member)).cursor
    expect(reasons(await t.author.push([del('community_posts', p.id)]))).toEqual([null])
    expect(await sql('select 1 from public.community_reports where id = $1', [r.id])).toEqual([])
    expect(ids((await pullAll(t.amb, ambCursor)).changes, 'community_reports', 'delete')).toEqual([
      r.id,
    ])
    expect(
      ids((await pullAll(t.member, mineCursor)).changes, 'community_reports', 'delete'),
    ).toEqual([r.id])
  })
})
