// @vitest-environment node
/** sync_push, sync_pull and redeem_invite through PgliteRemote, as the app calls them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createMember, createOrg, createServerDb, uuid, upsert } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import { RemoteRequestError } from '@/data/remote/errors'
import type { Change, Mutation, PullCursor } from '@/data/remote/types'

let db: PGlite
beforeAll(async () => {
  db = await createServerDb()
})
afterAll(async () => {
  await db?.close()
})

const event = (extra: Record<string, unknown> = {}) => ({
  id: uuid(),
  lesson_id: 'l1',
  kind: 'completed',
  ...extra,
})

async function count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const r = await db.query<{ n: number }>(
    `select count(*)::int as n from public.${table} where ${where}`,
    params,
  )
  return r.rows[0]!.n
}

/** Pulls every page from `cursor`; returns the changes and the final cursor. */
async function pullAll(remote: PgliteRemote, cursor: PullCursor | null = null, pageSize = 500) {
  const changes: Change[] = []
  let resets = 0
  for (let i = 0; i < 1000; i++) {
    const page = await remote.pull(cursor, pageSize)
    if (page.reset) resets++
    changes.push(...page.changes)
    cursor = page.cursor
    if (!page.hasMore) return { changes, cursor, resets }
  }
  throw new Error('pull did not end')
}
const ids = (changes: Change[], table?: string) =>
  changes.filter((c) => !table || c.table === table).map((c) => c.row.id as string)

describe('sync_push', () => {
  it('applies a batch and answers each mutation in order', async () => {
    const org = await createOrg(db)
    const me = await createMember(db, org)
    const batch = [
      upsert('progress_events', event()),
      upsert('quiz_answers', {
        id: uuid(),
        lesson_id: 'l1',
        question_id: 'q',
        choice_id: 'a',
        correct: false,
      }),
      upsert('self_assessments', { id: uuid(), competency_id: 'ai-basics', level: 3 }),
      upsert('challenge_attempts', {
        id: uuid(),
        challenge_id: 'c1',
        prompt: 'p',
        output: 'o',
        checklist: { role: true },
        self_score: 4,
        minutes_saved: 20,
      }),
    ]
    const results = await me.push(batch)
    expect(results).toEqual(batch.map((m) => ({ id: m.id, status: 'applied' })))
    // user_id was filled from the session.
    expect(
      await count('progress_events', 'id = $1 and user_id = $2', [batch[0]!.row.id, me.userId]),
    ).toBe(1)
    expect(
      await count('challenge_attempts', 'id = $1 and checklist = \'{"role": true}\'', [
        batch[3]!.row.id,
      ]),
    ).toBe(1)
  })

  it('is idempotent: a replayed mutation gets the stored answer and is not applied again', async () => {
    const org = await createOrg(db)
    const me = await createMember(db, org, ['ambassador'])
    const prompt = uuid()
    const batch = [
      upsert('prompts', {
        id: prompt,
        organisation_id: org,
        title: 'T',
        body: 'B',
        status: 'approved',
      }),
      upsert('prompts', {
        id: prompt,
        organisation_id: org,
        title: 'T2',
        body: 'B',
        base_revision: 1,
      }),
      upsert('nope', { id: uuid() }),
    ]
    const first = await me.push(batch)
    const again = await me.push(batch)
    expect(again).toEqual(first)
    expect(first.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected'])
    expect(await count('prompt_revisions', 'prompt_id = $1', [prompt])).toBe(2)
    const r = await db.query<{ revision: number }>(
      'select revision from public.prompts where id = $1',
      [prompt],
    )
    expect(r.rows[0]!.revision).toBe(2)
    // The same id twice in one batch is applied once too.
    const m = upsert('prompts', {
      id: prompt,
      organisation_id: org,
      title: 'T3',
      body: 'B',
      base_revision: 2,
    })
    expect(await me.push([m, m])).toEqual([
      { id: m.id, status: 'applied' },
      { id: m.id, status: 'applied' },
    ])
    expect(await count('prompt_revisions', 'prompt_id = $1', [prompt])).toBe(3)
  })

  it('mutation ids are per user: another user with the same id is answered on its own', async () => {
    const org = await createOrg(db)
    const a = await createMember(db, org)
    const b = await createMember(db, org)
    const m = upsert('progress_events', event())
    expect(await a.push([m])).toEqual([{ id: m.id, status: 'applied' }])
    // b replays a's mutation (same row id): the row is a's, so it is forbidden for b.
    expect(await b.push([m])).toEqual([{ id: m.id, status: 'rejected', reason: 'forbidden' }])
  })

  it('rejects bad mutations with stable reasons, writes nothing for them, and applies the rest', async () => {
    const org = await createOrg(db)
    const other = await createOrg(db)
    const me = await createMember(db, org)
    const someoneElse = await createMember(db, org)
    const good1 = event()
    const good2 = event()
    const batch: Mutation[] = [
      upsert('progress_events', good1),
      upsert('no_such_table', { id: uuid() }),
      upsert('progress_events', { id: 'not-a-uuid', lesson_id: 'l1', kind: 'x' }),
      upsert('progress_events', { id: uuid(), kind: 'x' }), // lesson_id missing
      upsert('self_assessments', { id: uuid(), competency_id: 'ai-basics', level: 9 }), // check violation
      upsert('quiz_answers', {
        id: uuid(),
        lesson_id: 'l1',
        question_id: 'q',
        choice_id: 'a',
        correct: 'perhaps',
      }),
      { id: uuid(), table: 'progress_events', op: 'merge' as 'upsert', row: event() },
      upsert('progress_events', event({ data: { blob: 'x'.repeat(70_000) } })),
      upsert('progress_events', event({ user_id: someoneElse.userId })),
      upsert('prompt_uses', {
        id: uuid(),
        prompt_id: uuid(),
        organisation_id: other,
        minutes_saved: 3,
      }),
      upsert('challenge_attempts', { id: uuid(), organisation_id: other, challenge_id: 'c1' }),
      upsert('prompts', {
        id: uuid(),
        organisation_id: org,
        author_id: someoneElse.userId,
        title: 'T',
        body: 'B',
      }),
      upsert('prompts', { id: uuid(), organisation_id: other, title: 'T', body: 'B' }),
      upsert('prompts', {
        id: uuid(),
        organisation_id: org,
        title: 'T',
        body: 'B',
        status: 'approved',
      }),
      upsert('prompt_revisions', { id: uuid() }),
      upsert('progress_events', good2),
    ]
    const results = await me.push(batch)
    expect(results.map((r) => r.reason ?? r.status)).toEqual([
      'applied',
      'unknown_table',
      'invalid_row',
      'invalid_row',
      'invalid_row',
      'invalid_row',
      'invalid_row',
      'too_large',
      'forbidden_author',
      'not_member',
      'not_member',
      'forbidden_author',
      'not_member',
      'forbidden', // a member may only submit
      'forbidden', // history is written by the server
      'applied',
    ])
    expect(results.filter((r) => r.reason).every((r) => r.status === 'rejected')).toBe(true)
    expect(await count('progress_events', 'user_id = $1', [me.userId])).toBe(2)
    expect(await count('progress_events', 'user_id = $1', [someoneElse.userId])).toBe(0)
    expect(await count('prompts', 'organisation_id in ($1, $2)', [org, other])).toBe(0)
    expect(await count('prompt_uses', 'user_id = $1', [me.userId])).toBe(0)
  })

  it('answers a malformed mutation id with invalid_mutation', async () => {
    const me = await createMember(db, await createOrg(db))
    const results = await me.push([
      { id: 'x', table: 'progress_events', op: 'upsert', row: event() },
    ])
    expect(results).toEqual([{ id: 'x', status: 'rejected', reason: 'invalid_mutation' }])
  })

  it('refuses a batch over 500 mutations as a whole, so the client splits it', async () => {
    const me = await createMember(db, await createOrg(db))
    const batch = Array.from({ length: 501 }, () => upsert('progress_events', event()))
    await expect(me.push(batch)).rejects.toMatchObject({
      code: 'batch_too_large',
      sqlState: '54000',
    })
    expect(await count('progress_events', 'user_id = $1', [me.userId])).toBe(0)
  })

  it("profiles: the row id is always the caller's auth id", async () => {
    const me = await createMember(db, null)
    const res = await me.push([
      upsert('profiles', { id: uuid(), display_name: 'Kari', language: 'nb' }),
    ])
    expect(res[0]!.status).toBe('applied')
    await me.push([upsert('profiles', { id: uuid(), display_name: 'Kari N.', language: 'en' })])
    const rows = await db.query(
      'select id, display_name, language from public.profiles where id = $1',
      [me.userId],
    )
    expect(rows.rows).toEqual([{ id: me.userId, display_name: 'Kari N.', language: 'en' }])
  })

  it("deletes leave a tombstone; deleting another person's row is forbidden", async () => {
    const me = await createMember(db, await createOrg(db))
    const other = await createMember(db, null)
    const mine = event()
    const theirs = event()
    await me.push([upsert('progress_events', mine)])
    await other.push([upsert('progress_events', theirs)])
    const res = await me.push([
      { id: uuid(), table: 'progress_events', op: 'delete', row: { id: mine.id } },
      { id: uuid(), table: 'progress_events', op: 'delete', row: { id: theirs.id } },
      { id: uuid(), table: 'progress_events', op: 'delete', row: { id: uuid() } }, // already gone
    ])
    expect(res.map((r) => r.reason ?? r.status)).toEqual(['applied', 'forbidden', 'applied'])
    expect(await count('progress_events', 'id = $1', [theirs.id])).toBe(1)
    const t = await db.query('select user_id from private.sync_tombstones where row_id = $1', [
      mine.id,
    ])
    expect(t.rows).toEqual([{ user_id: me.userId }])
  })
})

describe('prompt revisions', () => {
  it('keeps both concurrent edits: the later one becomes a new revision, the overtaken one stays in history', async () => {
    const org = await createOrg(db)
    const ann = await createMember(db, org, ['ambassador'])
    const adm = await createMember(db, org, ['admin'])
    const member = await createMember(db, org)
    const id = uuid()
    // A member submits; both curators edit it from revision 1, offline, at the same time.
    expect(
      (
        await member.push([
          upsert('prompts', { id, organisation_id: org, title: 'Referat', body: 'v1' }),
        ])
      )[0]!.status,
    ).toBe('applied')
    const a = await ann.push([
      upsert('prompts', {
        id,
        organisation_id: org,
        title: 'Referat',
        body: 'ann',
        status: 'approved',
        base_revision: 1,
      }),
    ])
    const b = await adm.push([
      upsert('prompts', {
        id,
        organisation_id: org,
        title: 'Referat',
        body: 'adm',
        status: 'approved',
        base_revision: 1,
      }),
    ])
    expect(a).toEqual([{ id: a[0]!.id, status: 'applied' }])
    expect(b).toEqual([{ id: b[0]!.id, status: 'applied', reason: 'conflict' }])
    const history = await db.query<{
      revision: number
      body: string
      based_on_revision: number | null
      author_id: string
    }>(
      'select revision, body, based_on_revision, author_id from public.prompt_revisions where prompt_id = $1 order by revision',
      [id],
    )
    expect(history.rows).toEqual([
      { revision: 1, body: 'v1', based_on_revision: null, author_id: member.userId },
      { revision: 2, body: 'ann', based_on_revision: 1, author_id: ann.userId },
      { revision: 3, body: 'adm', based_on_revision: 1, author_id: adm.userId },
    ])
    const current = await db.query(
      'select body, revision, author_id, updated_by from public.prompts where id = $1',
      [id],
    )
    expect(current.rows).toEqual([
      { body: 'adm', revision: 3, author_id: member.userId, updated_by: adm.userId },
    ])
    // Once approved, the author may no longer edit it.
    const late = await member.push([
      upsert('prompts', { id, organisation_id: org, title: 'Mine', body: 'v2', base_revision: 1 }),
    ])
    expect(late[0]!.reason).toBe('forbidden')
  })
})

describe('sync_pull', () => {
  it('delivers exactly what the caller may see', async () => {
    const org = await createOrg(db)
    const other = await createOrg(db)
    const me = await createMember(db, org)
    const colleague = await createMember(db, org, ['ambassador'])
    const stranger = await createMember(db, other, ['ambassador'])
    const myEvent = event()
    const approved = uuid()
    const submittedByColleague = uuid()
    await me.push([upsert('progress_events', myEvent)])
    await colleague.push([
      upsert('progress_events', event()),
      upsert('prompts', {
        id: approved,
        organisation_id: org,
        title: 'A',
        body: 'a',
        status: 'approved',
      }),
    ])
    await db.query(
      "insert into public.prompts (id, organisation_id, author_id, title, body) values ($1, $2, $3, 'S', 's')",
      [submittedByColleague, org, colleague.userId],
    )
    await stranger.push([
      upsert('prompts', {
        id: uuid(),
        organisation_id: other,
        title: 'X',
        body: 'x',
        status: 'approved',
      }),
    ])

    const { changes } = await pullAll(me)
    expect(ids(changes, 'progress_events')).toEqual([myEvent.id])
    expect(ids(changes, 'prompts')).toEqual([approved])
    expect(ids(changes, 'organisations')).toEqual([org])
    expect(ids(changes, 'prompt_revisions')).toHaveLength(1)
    expect(changes.every((c) => !('sync_xid' in c.row))).toBe(true)
    // The colleague, an ambassador, also sees the submission; not my progress.
    const theirs = await pullAll(colleague)
    expect(ids(theirs.changes, 'prompts').sort()).toEqual([approved, submittedByColleague].sort())
    expect(ids(theirs.changes, 'progress_events')).not.toContain(myEvent.id)
  })

  it('pages through many rows of one transaction without losing or repeating any', async () => {
    const me = await createMember(db, await createOrg(db))
    const rows = Array.from({ length: 23 }, () => event())
    await me.push(rows.map((r) => upsert('progress_events', r)))
    const { changes } = await pullAll(me, null, 4)
    const got = ids(changes, 'progress_events')
    expect(got).toHaveLength(23)
    expect(new Set(got)).toEqual(new Set(rows.map((r) => r.id)))
  })

  it('continues from its cursor with only what changed, updates included', async () => {
    const me = await createMember(db, await createOrg(db))
    const first = event()
    await me.push([upsert('progress_events', first)])
    const start = await pullAll(me)
    expect((await me.pull(start.cursor)).changes).toEqual([])
    const second = event()
    await me.push([
      upsert('progress_events', second),
      upsert('progress_events', { ...first, minutes: 7 }),
    ])
    const next = await pullAll(me, start.cursor)
    expect(ids(next.changes).sort()).toEqual([first.id, second.id].sort())
    expect(next.changes.find((c) => c.row.id === first.id)!.row.minutes).toBe(7)
  })

  it('delivers deletes as tombstones to other devices', async () => {
    const org = await createOrg(db)
    const me = await createMember(db, org)
    const cur = await createMember(db, org, ['ambassador'])
    const prompt = uuid()
    const ev = event()
    await me.push([upsert('progress_events', ev)])
    await cur.push([
      upsert('prompts', {
        id: prompt,
        organisation_id: org,
        title: 'T',
        body: 'B',
        status: 'approved',
      }),
    ])
    const before = await pullAll(me)
    expect(ids(before.changes)).toEqual(expect.arrayContaining([ev.id, prompt]))
    await me.push([{ id: uuid(), table: 'progress_events', op: 'delete', row: { id: ev.id } }])
    await cur.push([{ id: uuid(), table: 'prompts', op: 'delete', row: { id: prompt } }])
    const after = await pullAll(me, before.cursor)
    expect(after.changes.filter((c) => c.op === 'delete')).toEqual(
      expect.arrayContaining([
        { table: 'progress_events', op: 'delete', row: { id: ev.id } },
        { table: 'prompts', op: 'delete', row: { id: prompt } },
      ]),
    )
    // A person outside the organisation learns of no delete.
    const stranger = await createMember(db, await createOrg(db))
    expect((await pullAll(stranger)).changes.filter((c) => c.op === 'delete')).toEqual([])
  })

  it('answers reset when the cursor is older than the tombstones kept (after 90 days)', async () => {
    const me = await createMember(db, await createOrg(db))
    const ev = event()
    await me.push([upsert('progress_events', ev)])
    const old = await pullAll(me)
    await me.push([{ id: uuid(), table: 'progress_events', op: 'delete', row: { id: ev.id } }])
    const fresh = await pullAll(me, old.cursor)
    expect(fresh.resets).toBe(0)
    await expect(db.query("select private.prune_sync_log(interval '30 days')")).rejects.toThrow(
      /at least 90 days/,
    )
    await db.query(
      "update private.sync_tombstones set deleted_at = now() - interval '91 days' where row_id = $1",
      [ev.id],
    )
    await db.query('select private.prune_sync_log()')
    expect(
      await db.query('select 1 from private.sync_tombstones where row_id = $1', [ev.id]),
    ).toMatchObject({ rows: [] })
    const page = await me.pull(old.cursor)
    expect(page.reset).toBe(true)
    // A cursor made after the pruned delete stays valid.
    expect((await me.pull(fresh.cursor)).reset).toBe(false)
  })

  it('a transaction that writes first but commits last is still delivered (late commit)', async () => {
    const org = await createOrg(db)
    const slow = await createMember(db, org)
    const fast = await createMember(db, org, ['ambassador'])
    const reader = await createMember(db, org)
    const base = await pullAll(reader)
    const latePrompt = uuid()
    const earlyPrompt = uuid()
    // The slow push takes its transaction id first and stays open: a prepared transaction is
    // in progress for every snapshot until COMMIT PREPARED, as a slow concurrent request would be.
    const claims = JSON.stringify({ sub: slow.userId, role: 'authenticated' })
    const mutations = JSON.stringify([
      upsert('prompts', { id: latePrompt, organisation_id: org, title: 'Late', body: 'b' }),
    ])
    await db.exec(`begin;
      set local role authenticated;
      select set_config('request.jwt.claims', '${claims}', true);
      select public.sync_push('${mutations}'::jsonb);
      prepare transaction 'late_push';`)
    try {
      // A later transaction commits first.
      await fast.push([
        upsert('prompts', {
          id: earlyPrompt,
          organisation_id: org,
          title: 'Early',
          body: 'b',
          status: 'approved',
        }),
      ])
      await db.query("update public.prompts set status = 'approved' where id = $1", [earlyPrompt])
      const between = await pullAll(reader, base.cursor)
      // Held back: delivering it now would move the cursor past the still-open transaction.
      expect(ids(between.changes, 'prompts')).toEqual([])
    } finally {
      await db.exec("commit prepared 'late_push'")
    }
    // The slow push was a member's submission; approve it so the reader may see it.
    await db.query("update public.prompts set status = 'approved' where id = $1", [latePrompt])
    const { changes } = await pullAll(reader, base.cursor)
    expect(ids(changes, 'prompts').sort()).toEqual([earlyPrompt, latePrompt].sort())
  })

  it('a membership change answers reset; a removed membership takes effect at once', async () => {
    const org = await createOrg(db)
    const cur = await createMember(db, org, ['ambassador'])
    const me = await createMember(db, org)
    const prompt = uuid()
    await cur.push([
      upsert('prompts', {
        id: prompt,
        organisation_id: org,
        title: 'T',
        body: 'B',
        status: 'approved',
      }),
    ])
    const before = await pullAll(me)
    expect(ids(before.changes, 'prompts')).toEqual([prompt])
    await db.query('delete from public.memberships where user_id = $1', [me.userId])
    const page = await me.pull(before.cursor)
    expect(page.reset).toBe(true)
    expect(ids(page.changes, 'prompts')).toEqual([])
    const visible = await me.asUser(
      async (tx) => (await tx.query('select id from public.prompts')).rows,
    )
    expect(visible).toEqual([])
    const push = await me.push([
      upsert('prompt_uses', {
        id: uuid(),
        prompt_id: prompt,
        organisation_id: org,
        minutes_saved: 5,
      }),
    ])
    expect(push[0]!.reason).toBe('not_member')
  })

  it('refuses an anonymous caller', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.exec('set local role anon')
        await tx.query('select public.sync_pull(null, 10)')
      }),
    ).rejects.toMatchObject({ code: '42501' })
  })
})

describe('redeem_invite', () => {
  async function invite(
    org: string,
    extra: { role?: string; expires?: string; max_uses?: number; uses?: number } = {},
  ) {
    const code = `INV-${uuid().slice(0, 8)}`
    await db.query(
      `insert into public.invites (code, organisation_id, role, expires_at, max_uses, uses)
       values ($1, $2, $3, coalesce($4::timestamptz, now() + interval '1 day'), $5, $6)`,
      [
        code,
        org,
        extra.role ?? 'member',
        extra.expires ?? null,
        extra.max_uses ?? null,
        extra.uses ?? 0,
      ],
    )
    return code
  }

  it("joins the organisation with the invite's role and counts the use once", async () => {
    const org = await createOrg(db)
    const code = await invite(org, { role: 'ambassador', max_uses: 2 })
    const me = await createMember(db, null)
    expect(await me.redeemInvite(code)).toEqual({ organisationId: org })
    expect(await me.redeemInvite(` ${code} `)).toEqual({ organisationId: org })
    const m = await db.query('select roles from public.memberships where user_id = $1', [me.userId])
    expect(m.rows).toEqual([{ roles: ['ambassador'] }])
    expect(
      (await db.query('select uses from public.invites where code = $1', [code])).rows,
    ).toEqual([{ uses: 1 }])
  })

  // One answer for every failure, so that nothing tells whether a code exists.
  it.each([
    ['an unknown code', async () => 'NO-SUCH-CODE'],
    ['an expired code', async () => invite(await createOrg(db), { expires: '2000-01-01' })],
    ['a used-up code', async () => invite(await createOrg(db), { max_uses: 2, uses: 2 })],
  ])('rejects %s as invalid_invite and writes nothing', async (_label, makeCode) => {
    const me = await createMember(db, null)
    const err = await me.redeemInvite(await makeCode()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RemoteRequestError)
    expect(err).toMatchObject({ code: 'invalid_invite' })
    expect(await count('memberships', 'user_id = $1', [me.userId])).toBe(0)
  })
})
