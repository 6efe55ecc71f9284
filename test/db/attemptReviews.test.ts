// @vitest-environment node
/**
 * attempt_reviews (C3): every API role (anon, member, the learner, ambassador, hr, admin) on the
 * reviews of its own organisation (A) and of another (B), for select / insert / update / delete —
 * each case in a rolled-back transaction; the server-decided columns and checks; then pushes
 * through sync_push and pulls that bring a review to the learner's devices.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import { asAnon, createMember, createOrg, createServerDb, uuid, type Role } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import type { Mutation } from '@/data/remote/types'

type Actor = Role | 'anon' | 'learner'
type Org = 'A' | 'B'
type Op = 'select' | 'insert' | 'update' | 'delete'
const actors: Actor[] = ['anon', 'member', 'learner', 'ambassador', 'hr', 'admin']
const ops: Op[] = ['select', 'insert', 'update', 'delete']

const rubric = { prompt_quality: 3, critical_evaluation: 2, data_safety: 4, usefulness: 3 }

let db: PGlite
const org: Record<Org, string> = { A: '', B: '' }
/** Per org: the learner, their attempt shared for review, and one review of it. */
const learner = {} as Record<Org, PgliteRemote>
const attemptOf: Record<Org, string> = { A: '', B: '' }
const reviewOf: Record<Org, string> = { A: '', B: '' }
const remotes = {} as Record<Role, PgliteRemote>

async function insertAttempt(
  q: PGlite | Transaction,
  userId: string,
  organisationId: string | null,
  submitted = true,
): Promise<string> {
  const id = uuid()
  await q.query(
    `insert into public.challenge_attempts
       (id, user_id, organisation_id, challenge_id, prompt, output, self_score, submitted_for_review)
     values ($1, $2, $3, 'offer-letter', 'Du er selger. Skriv et tilbud.', 'Tilbud …', 3, $4)`,
    [id, userId, organisationId, submitted],
  )
  return id
}

/** Inserts a review the way a client would: only the fields it may choose. */
async function insertReview(
  q: PGlite | Transaction,
  attemptId: string,
  organisationId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const row = {
    id: uuid(),
    attempt_id: attemptId,
    organisation_id: organisationId,
    rubric,
    score: 3,
    comment: 'Godt avgrenset. Be om kilder neste gang.',
    ...extra,
  }
  const cols = Object.keys(row)
  await q.query(
    `insert into public.attempt_reviews (${cols.join(', ')})
     select ${cols.join(', ')} from jsonb_populate_record(null::public.attempt_reviews, $1)`,
    [JSON.stringify(row)],
  )
  return row.id
}

beforeAll(async () => {
  db = await createServerDb()
  for (const o of ['A', 'B'] as const) {
    org[o] = await createOrg(db, `Org ${o}`)
    learner[o] = await createMember(db, org[o], ['member'])
    attemptOf[o] = await insertAttempt(db, learner[o].userId, org[o])
    const reviewer = await createMember(db, org[o], ['ambassador'])
    reviewOf[o] = await insertReview(db, attemptOf[o], org[o], { reviewer_id: reviewer.userId })
  }
  for (const role of ['member', 'ambassador', 'hr', 'admin'] as const) {
    remotes[role] = await createMember(db, org.A, [role])
  }
})

afterAll(async () => {
  await db?.close()
})

function remoteOf(actor: Exclude<Actor, 'anon'>): PgliteRemote {
  return actor === 'learner' ? learner.A : remotes[actor]
}

/** Runs one operation as `actor` in a rolled-back transaction; true when it took effect. */
async function attempt(actor: Actor, o: Org, op: Op): Promise<boolean> {
  const run = async (tx: Transaction): Promise<boolean> => {
    try {
      switch (op) {
        case 'select': {
          const r = await tx.query('select 1 from public.attempt_reviews where id = $1', [reviewOf[o]])
          return r.rows.length === 1
        }
        case 'insert':
          await insertReview(tx, attemptOf[o], org[o])
          return true
        case 'update': {
          const r = await tx.query("update public.attempt_reviews set comment = 'Endret' where id = $1", [
            reviewOf[o],
          ])
          return r.affectedRows === 1
        }
        case 'delete': {
          const r = await tx.query('delete from public.attempt_reviews where id = $1', [reviewOf[o]])
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
  else await remoteOf(actor).asUser(body)
  return outcome
}

const allowed: Record<Op, Actor[]> = {
  // The learner reads the reviews of their own attempts; reviewers read their organisation's.
  select: ['learner', 'ambassador', 'admin'],
  // Reviewers only, and never of their own attempt (the learner is a plain member here).
  insert: ['ambassador', 'admin'],
  // Append-only: a new review supersedes, nothing is edited or removed through the API.
  update: [],
  delete: [],
}

describe('attempt_reviews: row-level security', () => {
  const grid = actors.flatMap((actor) =>
    (['A', 'B'] as const).flatMap((o) => ops.map((op) => ({ actor, o, op }))),
  )
  it.each(grid)('$actor of org A on org $o: $op', async ({ actor, o, op }) => {
    // Nobody may do anything in another organisation.
    const expected = o === 'A' && allowed[op].includes(actor)
    expect(await attempt(actor, o, op)).toBe(expected)
  })
})

describe('attempt_reviews: server checks', () => {
  /** Runs `fn` as `remote`, rolled back; returns the SQLSTATE it failed with, if any. */
  const failure = async (remote: PgliteRemote, fn: (tx: Transaction) => Promise<unknown>) => {
    let code: string | undefined
    await remote.asUser(async (tx) => {
      try {
        await fn(tx)
      } catch (error) {
        code = (error as { code?: string }).code
      }
      await tx.rollback()
    })
    return code
  }

  it('takes reviewer, learner, organisation and time from the server, not the device', async () => {
    const amb = remotes.ambassador
    await amb.asUser(async (tx) => {
      const id = await insertReview(tx, attemptOf.A, org.A, {
        reviewer_id: uuid(),
        learner_id: amb.userId,
        created_at: '2000-01-01T00:00:00Z',
      })
      const r = await tx.query<{ reviewer_id: string; learner_id: string; created_at: Date }>(
        'select reviewer_id, learner_id, created_at from public.attempt_reviews where id = $1',
        [id],
      )
      expect(r.rows[0]).toMatchObject({ reviewer_id: amb.userId, learner_id: learner.A.userId })
      expect(r.rows[0]!.created_at.getFullYear()).toBeGreaterThan(2000)
      await tx.rollback()
    })
  })

  it('refuses an attempt that is not shared for review, or shared with another organisation', async () => {
    const notShared = await insertAttempt(db, learner.A.userId, org.A, false)
    expect(await failure(remotes.ambassador, (tx) => insertReview(tx, notShared, org.A))).toBe('42501')
    const privateOne = await insertAttempt(db, learner.A.userId, null, false)
    expect(await failure(remotes.ambassador, (tx) => insertReview(tx, privateOne, org.A))).toBe('42501')
    // Naming the own organisation does not help: the attempt's organisation counts.
    expect(await failure(remotes.ambassador, (tx) => insertReview(tx, attemptOf.B, org.A))).toBe('42501')
  })

  it('an ambassador cannot review their own attempt', async () => {
    const ownAttempt = await insertAttempt(db, remotes.ambassador.userId, org.A)
    expect(await failure(remotes.ambassador, (tx) => insertReview(tx, ownAttempt, org.A))).toBe('42501')
    // …while another ambassador of the organisation can.
    const colleague = await createMember(db, org.A, ['ambassador'])
    expect(await failure(colleague, (tx) => insertReview(tx, ownAttempt, org.A))).toBeUndefined()
  })

  it('refuses a rubric without all four criteria as whole scores 1–4, a score outside 1–4 and a long comment', async () => {
    const amb = remotes.ambassador
    const insert = (extra: Record<string, unknown>) =>
      failure(amb, (tx) => insertReview(tx, attemptOf.A, org.A, extra))
    expect(await insert({})).toBeUndefined()
    expect(await insert({ rubric: { ...rubric, usefulness: 5 } })).toBe('23514')
    expect(await insert({ rubric: { ...rubric, usefulness: 2.5 } })).toBe('23514')
    expect(await insert({ rubric: { ...rubric, usefulness: '3' } })).toBe('23514')
    expect(await insert({ rubric: { prompt_quality: 3, critical_evaluation: 2, data_safety: 4 } })).toBe('23514')
    expect(await insert({ rubric: { ...rubric, tone: 2 } })).toBe('23514')
    expect(await insert({ rubric: [3, 2, 4, 3] })).toBe('23514')
    expect(await insert({ score: 0 })).toBe('23514')
    expect(await insert({ score: 5 })).toBe('23514')
    expect(await insert({ comment: 'x'.repeat(2001) })).toBe('23514')
    expect(await insert({ comment: 'x'.repeat(2000) })).toBeUndefined()
  })
})

describe('attempt_reviews through sync_push and sync_pull', () => {
  const push = (row: Record<string, unknown>, op: Mutation['op'] = 'upsert'): Mutation => ({
    id: uuid(),
    table: 'attempt_reviews',
    op,
    row,
  })
  const reviewRow = (attemptId: string, organisationId: string, extra: Record<string, unknown> = {}) => ({
    id: uuid(),
    attempt_id: attemptId,
    organisation_id: organisationId,
    rubric,
    score: 4,
    comment: 'Tydelig rolle og format. Sjekk tallene før du sender.',
    created_at: new Date().toISOString(),
    ...extra,
  })

  async function sharedAttempt() {
    const o = await createOrg(db, 'Sync org')
    const person = await createMember(db, o, ['member'])
    const attemptId = await insertAttempt(db, person.userId, o)
    return { o, person, attemptId }
  }

  it('an ambassador pushes a review: applied; a replay gets the same answer and writes nothing new', async () => {
    const { o, person, attemptId } = await sharedAttempt()
    const amb = await createMember(db, o, ['member', 'ambassador'])
    // A device may send learner_id and reviewer_id; the server overrides both.
    const m = push(reviewRow(attemptId, o, { learner_id: amb.userId, reviewer_id: person.userId }))
    expect(await amb.push([m])).toEqual([{ id: m.id, status: 'applied' }])
    expect(await amb.push([m])).toEqual([{ id: m.id, status: 'applied' }])
    const r = await db.query<{ reviewer_id: string; learner_id: string }>(
      'select reviewer_id, learner_id from public.attempt_reviews where attempt_id = $1',
      [attemptId],
    )
    expect(r.rows).toEqual([{ reviewer_id: amb.userId, learner_id: person.userId }])
  })

  it('the learner themself, HR and a plain member are refused; an ambassador elsewhere is not a member', async () => {
    const { o, person, attemptId } = await sharedAttempt()
    const hr = await createMember(db, o, ['member', 'hr'])
    const member = await createMember(db, o, ['member'])
    const elsewhere = await createMember(db, org.B, ['ambassador'])
    for (const remote of [person, hr, member]) {
      const m = push(reviewRow(attemptId, o))
      expect(await remote.push([m])).toEqual([{ id: m.id, status: 'rejected', reason: 'forbidden' }])
    }
    const m = push(reviewRow(attemptId, o))
    expect(await elsewhere.push([m])).toEqual([{ id: m.id, status: 'rejected', reason: 'not_member' }])
    const count = await db.query('select 1 from public.attempt_reviews where attempt_id = $1', [attemptId])
    expect(count.rows).toHaveLength(0)
  })

  it('a pushed review cannot be changed or deleted afterwards, even by its reviewer', async () => {
    const { o, attemptId } = await sharedAttempt()
    const amb = await createMember(db, o, ['ambassador'])
    const row = reviewRow(attemptId, o)
    await amb.push([push(row)])
    const edit = push({ ...row, score: 1, comment: 'Endret' })
    const remove = push({ id: row.id }, 'delete')
    expect(await amb.push([edit, remove])).toEqual([
      { id: edit.id, status: 'rejected', reason: 'forbidden' },
      { id: remove.id, status: 'rejected', reason: 'forbidden' },
    ])
    const r = await db.query<{ score: number }>('select score from public.attempt_reviews where id = $1', [
      row.id,
    ])
    expect(r.rows).toEqual([{ score: 4 }])
  })

  it('the learner pulls the reviews of their attempts; HR, members and other organisations pull none', async () => {
    const { o, person, attemptId } = await sharedAttempt()
    const amb = await createMember(db, o, ['ambassador'])
    const hr = await createMember(db, o, ['hr'])
    const member = await createMember(db, o, ['member'])
    const other = await createMember(db, org.B, ['ambassador', 'admin'])
    const row = reviewRow(attemptId, o)
    await amb.push([push(row)])

    const reviewsFor = async (remote: PgliteRemote, cursor: unknown = null) =>
      (await remote.pull(cursor, 1000)).changes.filter((c) => c.table === 'attempt_reviews')

    const first = await person.pull(null, 1000)
    const mine = first.changes.filter((c) => c.table === 'attempt_reviews')
    expect(mine).toHaveLength(1)
    expect(mine[0]!.row).toMatchObject({
      id: row.id,
      attempt_id: attemptId,
      learner_id: person.userId,
      reviewer_id: amb.userId,
      score: 4,
      rubric,
      comment: row.comment,
    })
    expect((await reviewsFor(amb)).map((c) => c.row.id)).toEqual([row.id])
    expect(await reviewsFor(hr)).toEqual([])
    expect(await reviewsFor(member)).toEqual([])
    expect((await reviewsFor(other)).map((c) => c.row.id)).not.toContain(row.id)

    // A second review supersedes the first; the learner's next pull brings only the new one.
    const later = reviewRow(attemptId, o, { score: 2 })
    await amb.push([push(later)])
    expect((await reviewsFor(person, first.cursor)).map((c) => c.row.id)).toEqual([later.id])

    // The learner deletes the attempt: its reviews go with it, as tombstones on every device.
    await person.push([
      { id: uuid(), table: 'challenge_attempts', op: 'delete', row: { id: attemptId } },
    ])
    const gone = await reviewsFor(person, first.cursor)
    expect(gone).toEqual(
      expect.arrayContaining([
        { table: 'attempt_reviews', op: 'delete', row: { id: row.id } },
        { table: 'attempt_reviews', op: 'delete', row: { id: later.id } },
      ]),
    )
    // The reviewer's devices learn of it too (a pull from scratch sends only the tombstones).
    expect((await reviewsFor(amb)).map((c) => c.op)).toEqual(['delete', 'delete'])
  })

  it('the learner still pulls the review after leaving the organisation', async () => {
    const { o, person, attemptId } = await sharedAttempt()
    const amb = await createMember(db, o, ['ambassador'])
    const row = reviewRow(attemptId, o)
    await amb.push([push(row)])
    await db.query('delete from public.memberships where user_id = $1', [person.userId])
    const changes = (await person.pull(null, 1000)).changes.filter((c) => c.table === 'attempt_reviews')
    expect(changes.map((c) => c.row.id)).toEqual([row.id])
  })
})
