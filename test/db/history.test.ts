// @vitest-environment node
/**
 * Server-owned history (issue 13, finding 3): revisions, revision numbers, updated_by,
 * updated_at and created_at of shared rows are written by the server, never taken from the
 * client; nobody writes prompt_revisions directly; a prompt keeps its author and organisation.
 * And reviews pin their attempt (finding 8): a reviewed attempt's prompt and output are frozen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import { createMember, createOrg, createServerDb, uuid, upsert } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'

let db: PGlite
let org = ''
let otherOrg = ''
let author: PgliteRemote
let amb: PgliteRemote
let admin: PgliteRemote
let learner: PgliteRemote

beforeAll(async () => {
  db = await createServerDb()
  org = await createOrg(db, 'A')
  otherOrg = await createOrg(db, 'B')
  author = await createMember(db, org)
  amb = await createMember(db, org, ['ambassador'])
  admin = await createMember(db, org, ['admin'])
  learner = await createMember(db, org)
})
afterAll(async () => {
  await db?.close()
})

/** A submission by `author`, through sync_push; returns its id. */
async function submit(body = 'v1'): Promise<string> {
  const id = uuid()
  const [r] = await author.push([
    upsert('prompts', { id, organisation_id: org, title: 'Referat', body }),
  ])
  expect(r!.status).toBe('applied')
  return id
}

async function revisions(promptId: string) {
  return (
    await db.query<{ revision: number; body: string; based_on_revision: number | null }>(
      'select revision, body, based_on_revision from public.prompt_revisions where prompt_id = $1 order by revision',
      [promptId],
    )
  ).rows
}

async function promptRow(id: string) {
  return (
    await db.query<{
      revision: number
      author_id: string
      organisation_id: string
      updated_by: string
      updated_at: Date
      body: string
    }>('select * from public.prompts where id = $1', [id])
  ).rows[0]!
}

/** Runs `fn` as `who`; the error code of a refusal, or null. */
async function as(who: PgliteRemote, fn: (tx: Transaction) => Promise<unknown>) {
  try {
    await who.asUser(fn)
    return null
  } catch (error) {
    return (error as { code?: string }).code ?? 'error'
  }
}

const recent = (d: Date) => Math.abs(Date.now() - new Date(d).getTime()) < 60_000

describe('prompt history is written by the server', () => {
  it('refuses direct inserts into prompt_revisions, even by the author or a curator', async () => {
    const id = await submit()
    for (const who of [author, amb, admin]) {
      const code = await as(who, (tx) =>
        tx.query(
          `insert into public.prompt_revisions (id, prompt_id, organisation_id, revision, author_id, title, body, data_class, status, featured)
           values ($1, $2, $3, 2, $4, 'T', 'forged', 'green', 'approved', true)`,
          [uuid(), id, org, who.userId],
        ),
      )
      expect(code).toBe('42501')
    }
    expect(await revisions(id)).toEqual([{ revision: 1, body: 'v1', based_on_revision: null }])
  })

  it('refuses updates and deletes of prompt_revisions', async () => {
    const id = await submit()
    for (const who of [author, amb, admin]) {
      await as(who, (tx) => tx.query("update public.prompt_revisions set body = 'rewritten'"))
      await as(who, (tx) =>
        tx.query('delete from public.prompt_revisions where prompt_id = $1', [id]),
      )
    }
    expect(await revisions(id)).toEqual([{ revision: 1, body: 'v1', based_on_revision: null }])
  })

  it('a direct insert gets revision 1, the caller as author and editor, the server clock, and one revision row', async () => {
    const id = uuid()
    expect(
      await as(author, (tx) =>
        tx.query(
          `insert into public.prompts (id, organisation_id, author_id, title, body, revision, updated_by, updated_at)
           values ($1, $2, $3, 'T', 'direct', 2147483647, $4, '2000-01-01')`,
          [id, org, author.userId, amb.userId],
        ),
      ),
    ).toBeNull()
    const p = await promptRow(id)
    expect(p).toMatchObject({ revision: 1, author_id: author.userId, updated_by: author.userId })
    expect(recent(p.updated_at)).toBe(true)
    expect(await revisions(id)).toEqual([{ revision: 1, body: 'direct', based_on_revision: null }])
  })

  it('a curator cannot insert a prompt in the name of someone else', async () => {
    const id = uuid()
    await as(amb, (tx) =>
      tx.query(
        `insert into public.prompts (id, organisation_id, author_id, title, body) values ($1, $2, $3, 'T', 'B')`,
        [id, org, author.userId],
      ),
    )
    expect((await promptRow(id)).author_id).toBe(amb.userId)
  })

  it('a direct update is a new revision stamped by the server, whatever the client sent', async () => {
    const id = await submit()
    expect(
      await as(author, (tx) =>
        tx.query(
          `update public.prompts set body = 'v2', revision = 2147483647, updated_by = $2,
             updated_at = '2000-01-01' where id = $1`,
          [id, amb.userId],
        ),
      ),
    ).toBeNull()
    const p = await promptRow(id)
    expect(p).toMatchObject({ revision: 2, body: 'v2', updated_by: author.userId })
    expect(recent(p.updated_at)).toBe(true)
    expect(await revisions(id)).toEqual([
      { revision: 1, body: 'v1', based_on_revision: null },
      { revision: 2, body: 'v2', based_on_revision: 1 },
    ])
  })

  it('an update that changes no content writes no revision and keeps the stamps', async () => {
    const id = await submit()
    const before = await promptRow(id)
    await as(author, (tx) =>
      tx.query("update public.prompts set revision = 99, updated_at = '2000-01-01' where id = $1", [
        id,
      ]),
    )
    const after = await promptRow(id)
    expect(after.revision).toBe(1)
    expect(new Date(after.updated_at).getTime()).toBe(new Date(before.updated_at).getTime())
    expect(await revisions(id)).toHaveLength(1)
  })

  it("an ambassador cannot rewrite a prompt's author; nobody moves it to another organisation", async () => {
    const id = await submit()
    await as(amb, (tx) =>
      tx.query('update public.prompts set author_id = $2 where id = $1', [id, amb.userId]),
    )
    expect((await promptRow(id)).author_id).toBe(author.userId)
    const code = await as(admin, (tx) =>
      tx.query('update public.prompts set organisation_id = $2 where id = $1', [id, otherOrg]),
    )
    expect(code).toBe('42501')
    expect((await promptRow(id)).organisation_id).toBe(org)
  })

  it('sync_push: one revision per edit with its base, revision fields from the device ignored, conflict when the base is older', async () => {
    const id = await submit()
    const a = await amb.push([
      upsert('prompts', {
        id,
        organisation_id: org,
        title: 'Referat',
        body: 'a',
        base_revision: 1,
        revision: 500,
        updated_by: author.userId,
        updated_at: '2000-01-01T00:00:00Z',
        author_id: amb.userId,
      }),
    ])
    expect(a[0]).toEqual({ id: a[0]!.id, status: 'applied' })
    const b = await admin.push([
      upsert('prompts', {
        id,
        organisation_id: org,
        title: 'Referat',
        body: 'b',
        base_revision: 1,
      }),
    ])
    expect(b[0]).toEqual({ id: b[0]!.id, status: 'applied', reason: 'conflict' })
    // The same content again is still an edit: one more revision.
    const c = await admin.push([
      upsert('prompts', {
        id,
        organisation_id: org,
        title: 'Referat',
        body: 'b',
        base_revision: 3,
      }),
    ])
    expect(c[0]).toEqual({ id: c[0]!.id, status: 'applied' })
    expect(await revisions(id)).toEqual([
      { revision: 1, body: 'v1', based_on_revision: null },
      { revision: 2, body: 'a', based_on_revision: 1 },
      { revision: 3, body: 'b', based_on_revision: 1 },
      { revision: 4, body: 'b', based_on_revision: 3 },
    ])
    const p = await promptRow(id)
    expect(p).toMatchObject({ revision: 4, author_id: author.userId, updated_by: admin.userId })
    expect(recent(p.updated_at)).toBe(true)
    // The revision rows carry the mutation ids, as before.
    const revIds = await db.query<{ id: string }>(
      'select id from public.prompt_revisions where prompt_id = $1 and revision > 1 order by revision',
      [id],
    )
    expect(revIds.rows.map((r) => r.id)).toEqual([a[0]!.id, b[0]!.id, c[0]!.id])
  })

  it("deleting the author's account still clears author_id and updated_by", async () => {
    const gone = await createMember(db, org)
    const id = uuid()
    await gone.push([upsert('prompts', { id, organisation_id: org, title: 'T', body: 'B' })])
    await db.query('delete from auth.users where id = $1', [gone.userId])
    expect(await promptRow(id)).toMatchObject({ author_id: null, updated_by: null, revision: 1 })
  })
})

describe('created_at and updated_at of shared rows are the server clock', () => {
  it.each([
    ['departments', (id: string) => ({ id, organisation_id: org, name: 'D' })],
    ['job_roles', (id: string) => ({ id, organisation_id: org, name: 'R' })],
  ])('%s: created_at on insert, kept on update', async (table, row) => {
    const id = uuid()
    const r = { ...row(id), created_at: '2000-01-01T00:00:00Z' }
    const cols = Object.keys(r)
    expect(
      await as(admin, (tx) =>
        tx.query(
          `insert into public.${table} (${cols.join(', ')}) select ${cols.join(', ')} from jsonb_populate_record(null::public.${table}, $1)`,
          [JSON.stringify(r)],
        ),
      ),
    ).toBeNull()
    const read = async () =>
      (
        await db.query<{ created_at: Date }>(
          `select created_at from public.${table} where id = $1`,
          [id],
        )
      ).rows[0]!.created_at
    const first = await read()
    expect(recent(first)).toBe(true)
    await as(admin, (tx) =>
      tx.query(`update public.${table} set created_at = '1999-01-01' where id = $1`, [id]),
    )
    expect(new Date(await read()).getTime()).toBe(new Date(first).getTime())
  })

  it('profiles: updated_at is the server clock', async () => {
    await as(author, (tx) =>
      tx.query(
        "insert into public.profiles (id, display_name, updated_at) values ($1, 'Me', '2000-01-01')",
        [author.userId],
      ),
    )
    const r = await db.query<{ updated_at: Date }>(
      'select updated_at from public.profiles where id = $1',
      [author.userId],
    )
    expect(recent(r.rows[0]!.updated_at)).toBe(true)
  })

  it('memberships and organisations: created_at cannot be rewritten', async () => {
    const before = (
      await db.query<{ created_at: Date }>(
        'select created_at from public.memberships where user_id = $1',
        [author.userId],
      )
    ).rows[0]!.created_at
    await as(admin, (tx) =>
      tx.query("update public.memberships set created_at = '2000-01-01' where user_id = $1", [
        author.userId,
      ]),
    )
    await as(admin, (tx) =>
      tx.query("update public.organisations set created_at = '2000-01-01' where id = $1", [org]),
    )
    const after = (
      await db.query<{ created_at: Date }>(
        'select created_at from public.memberships where user_id = $1',
        [author.userId],
      )
    ).rows[0]!.created_at
    expect(new Date(after).getTime()).toBe(new Date(before).getTime())
    const o = await db.query<{ created_at: Date }>(
      'select created_at from public.organisations where id = $1',
      [org],
    )
    expect(recent(o.rows[0]!.created_at)).toBe(true)
  })
})

describe('a review pins the attempt it reviewed', () => {
  async function reviewedAttempt(): Promise<string> {
    const id = uuid()
    const [r] = await learner.push([
      upsert('challenge_attempts', {
        id,
        organisation_id: org,
        challenge_id: 'offer-letter',
        prompt: 'Du er selger.',
        output: 'Tilbud',
        self_score: 3,
        submitted_for_review: true,
      }),
    ])
    expect(r!.status).toBe('applied')
    const [rv] = await amb.push([
      upsert('attempt_reviews', {
        id: uuid(),
        attempt_id: id,
        organisation_id: org,
        rubric: { prompt_quality: 4, critical_evaluation: 4, data_safety: 4, usefulness: 4 },
        score: 4,
      }),
    ])
    expect(rv!.status).toBe('applied')
    return id
  }
  const attemptRow = async (id: string) =>
    (
      await db.query<{ prompt: string; output: string; submitted_for_review: boolean }>(
        'select prompt, output, submitted_for_review from public.challenge_attempts where id = $1',
        [id],
      )
    ).rows[0]!

  it('refuses a direct rewrite of the prompt or output after a review', async () => {
    const id = await reviewedAttempt()
    expect(
      await as(learner, (tx) =>
        tx.query("update public.challenge_attempts set output = 'Noe helt annet' where id = $1", [
          id,
        ]),
      ),
    ).toBe('42501')
    expect(
      await as(learner, (tx) =>
        tx.query("update public.challenge_attempts set prompt = 'Noe helt annet' where id = $1", [
          id,
        ]),
      ),
    ).toBe('42501')
    expect(await attemptRow(id)).toMatchObject({ prompt: 'Du er selger.', output: 'Tilbud' })
  })

  it('rejects a pushed rewrite, but the same row re-sent or withdrawn from review is applied', async () => {
    const id = await reviewedAttempt()
    const row = {
      id,
      organisation_id: org,
      challenge_id: 'offer-letter',
      prompt: 'Du er selger.',
      output: 'Tilbud',
      self_score: 3,
      submitted_for_review: true,
    }
    const answers = await learner.push([
      upsert('challenge_attempts', { ...row, output: 'Byttet ut' }),
      upsert('challenge_attempts', row),
      upsert('challenge_attempts', { ...row, submitted_for_review: false }),
    ])
    expect(answers.map((a) => a.reason ?? a.status)).toEqual(['forbidden', 'applied', 'applied'])
    expect(await attemptRow(id)).toEqual({
      prompt: 'Du er selger.',
      output: 'Tilbud',
      submitted_for_review: false,
    })
  })

  it('an attempt without a review may still be changed', async () => {
    const id = uuid()
    await learner.push([
      upsert('challenge_attempts', { id, challenge_id: 'c1', prompt: 'a', output: 'b' }),
    ])
    expect(
      await as(learner, (tx) =>
        tx.query("update public.challenge_attempts set output = 'c' where id = $1", [id]),
      ),
    ).toBeNull()
  })
})
