// @vitest-environment node
/**
 * Audience of deletes and revocations (ARCHITECTURE.md, "Audience"): a delete, and any change that
 * takes a row out of someone's sight, reaches every person who could read the row before —
 * decided by the same rule as the read policy — and nobody else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createMember, createOrg, createServerDb, uuid, upsert, del } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import type { PullCursor, PullPage } from '@/data/remote/types'

let db: PGlite

beforeAll(async () => {
  db = await createServerDb()
})
afterAll(async () => {
  await db.close()
})

async function pullAll(remote: PgliteRemote, cursor: PullCursor | null = null) {
  const changes: PullPage['changes'] = []
  let page: PullPage
  let resets = 0
  do {
    page = await remote.pull(cursor, 1000)
    if (page.reset) resets++
    changes.push(...page.changes)
    cursor = page.cursor
  } while (page.hasMore)
  return { changes, cursor, resets }
}

/** The ids of `table` this pull deleted (op 'delete'). */
const deletes = (changes: PullPage['changes'], table: string) =>
  changes.filter((c) => c.table === table && c.op === 'delete').map((c) => c.row.id)
const upserts = (changes: PullPage['changes'], table: string) =>
  changes.filter((c) => c.table === table && c.op === 'upsert').map((c) => c.row.id)

async function team() {
  const org = await createOrg(db)
  return {
    org,
    learner: await createMember(db, org),
    amb: await createMember(db, org, ['ambassador']),
    // The seed's ambassadors are members too: a revocation of 'member' must not hide from them
    // what they still see as ambassadors.
    memberAmb: await createMember(db, org, ['member', 'ambassador']),
    member: await createMember(db, org),
    admin: await createMember(db, org, ['admin']),
    hr: await createMember(db, org, ['hr']),
  }
}

function attempt(org: string, submitted = true) {
  return {
    id: uuid(),
    organisation_id: org,
    challenge_id: 'offer-letter',
    prompt: 'Skriv et tilbud.',
    output: 'Tilbud …',
    submitted_for_review: submitted,
  }
}

describe('shared challenge attempts', () => {
  it('a deleted shared attempt is deleted on the ambassadors’ devices; plain members learn nothing', async () => {
    const t = await team()
    const a = attempt(t.org)
    await t.learner.push([upsert('challenge_attempts', a)])
    const before = await pullAll(t.amb)
    expect(upserts(before.changes, 'challenge_attempts')).toEqual([a.id])
    const memberBefore = await pullAll(t.member)
    const hrBefore = await pullAll(t.hr)

    expect((await t.learner.push([del('challenge_attempts', a.id)]))[0]!.status).toBe('applied')

    expect(deletes((await pullAll(t.amb, before.cursor)).changes, 'challenge_attempts')).toEqual([
      a.id,
    ])
    expect(deletes((await pullAll(t.memberAmb)).changes, 'challenge_attempts')).toEqual([a.id])
    expect(deletes((await pullAll(t.learner)).changes, 'challenge_attempts')).toEqual([a.id])
    // Never readable by them, so not even its id reaches them.
    expect((await pullAll(t.member, memberBefore.cursor)).changes).toEqual([])
    expect((await pullAll(t.hr, hrBefore.cursor)).changes).toEqual([])
    expect(
      (await pullAll(t.admin)).changes.filter((c) => c.table === 'challenge_attempts'),
    ).toEqual([])
  })

  it('an attempt withdrawn from review leaves the ambassadors’ devices and stays on the learner’s', async () => {
    const t = await team()
    const a = attempt(t.org)
    await t.learner.push([upsert('challenge_attempts', a)])
    const amb = await pullAll(t.amb)
    const memberAmb = await pullAll(t.memberAmb)
    const mine = await pullAll(t.learner)
    const member = await pullAll(t.member)

    await t.learner.push([upsert('challenge_attempts', { ...a, submitted_for_review: false })])

    const ambAfter = await pullAll(t.amb, amb.cursor)
    expect(deletes(ambAfter.changes, 'challenge_attempts')).toEqual([a.id])
    expect(upserts(ambAfter.changes, 'challenge_attempts')).toEqual([])
    expect(
      deletes((await pullAll(t.memberAmb, memberAmb.cursor)).changes, 'challenge_attempts'),
    ).toEqual([a.id])
    const mineAfter = await pullAll(t.learner, mine.cursor)
    expect(deletes(mineAfter.changes, 'challenge_attempts')).toEqual([])
    expect(upserts(mineAfter.changes, 'challenge_attempts')).toEqual([a.id])
    expect((await pullAll(t.member, member.cursor)).changes).toEqual([])

    // Shared again: back on the ambassadors' devices.
    await t.learner.push([upsert('challenge_attempts', { ...a, submitted_for_review: true })])
    expect(upserts((await pullAll(t.amb, ambAfter.cursor)).changes, 'challenge_attempts')).toEqual([
      a.id,
    ])
  })

  it('an attempt moved to another organisation leaves the first one’s ambassadors', async () => {
    const t = await team()
    const other = await createOrg(db)
    await db.query(
      "insert into public.memberships (user_id, organisation_id, roles) values ($1, $2, '{member}')",
      [t.learner.userId, other],
    )
    const a = attempt(t.org)
    await t.learner.push([upsert('challenge_attempts', a)])
    const amb = await pullAll(t.amb)
    await t.learner.push([upsert('challenge_attempts', { ...a, organisation_id: other })])
    expect(deletes((await pullAll(t.amb, amb.cursor)).changes, 'challenge_attempts')).toEqual([
      a.id,
    ])
  })

  it('"delete my data" (a delete per own row) reaches the ambassadors, reviews included', async () => {
    const t = await team()
    const a = attempt(t.org)
    const ev = { id: uuid(), lesson_id: 'l1', kind: 'completed' }
    await t.learner.push([upsert('challenge_attempts', a), upsert('progress_events', ev)])
    const review = {
      id: uuid(),
      attempt_id: a.id,
      organisation_id: t.org,
      rubric: { prompt_quality: 3, critical_evaluation: 2, data_safety: 4, usefulness: 3 },
      score: 3,
      comment: 'Bra',
    }
    expect((await t.amb.push([upsert('attempt_reviews', review)]))[0]!.status).toBe('applied')
    const amb = await pullAll(t.amb)
    const admin = await pullAll(t.admin)
    expect(upserts(amb.changes, 'attempt_reviews')).toEqual([review.id])

    await t.learner.push([del('challenge_attempts', a.id), del('progress_events', ev.id)])

    const ambAfter = await pullAll(t.amb, amb.cursor)
    expect(deletes(ambAfter.changes, 'challenge_attempts')).toEqual([a.id])
    expect(deletes(ambAfter.changes, 'attempt_reviews')).toEqual([review.id])
    expect(deletes(ambAfter.changes, 'progress_events')).toEqual([])
    // Admins read reviews (not attempts).
    const adminAfter = await pullAll(t.admin, admin.cursor)
    expect(deletes(adminAfter.changes, 'attempt_reviews')).toEqual([review.id])
    expect(deletes(adminAfter.changes, 'challenge_attempts')).toEqual([])
    expect((await pullAll(t.member)).changes.filter((c) => c.op === 'delete')).toEqual([])
  })
})

describe('prompts', () => {
  function prompt(org: string, status = 'approved') {
    return { id: uuid(), organisation_id: org, title: 'T', body: 'B', status }
  }

  it('a prompt back from approved to submitted leaves plain members’ devices, revisions too', async () => {
    const t = await team()
    const p = prompt(t.org)
    await t.amb.push([upsert('prompts', p)])
    const member = await pullAll(t.member)
    expect(upserts(member.changes, 'prompts')).toEqual([p.id])
    const revisions = upserts(member.changes, 'prompt_revisions')
    expect(revisions).toHaveLength(1)
    const memberAmb = await pullAll(t.memberAmb)
    const hr = await pullAll(t.hr)

    await db.query("update public.prompts set status = 'submitted' where id = $1", [p.id])

    const after = await pullAll(t.member, member.cursor)
    expect(deletes(after.changes, 'prompts')).toEqual([p.id])
    expect(deletes(after.changes, 'prompt_revisions')).toEqual(revisions)
    expect(upserts(after.changes, 'prompts')).toEqual([])
    expect(deletes((await pullAll(t.hr, hr.cursor)).changes, 'prompts')).toEqual([p.id])
    // Still readable by an ambassador who is a member too: no delete, the new version.
    const ambAfter = await pullAll(t.memberAmb, memberAmb.cursor)
    expect(deletes(ambAfter.changes, 'prompts')).toEqual([])
    expect(deletes(ambAfter.changes, 'prompt_revisions')).toEqual([])
    expect(upserts(ambAfter.changes, 'prompts')).toEqual([p.id])
  })

  it('a submitted prompt’s author keeps it when it is sent back; deleting it reaches its readers only', async () => {
    const t = await team()
    const p = prompt(t.org, 'submitted')
    expect((await t.learner.push([upsert('prompts', p)]))[0]!.status).toBe('applied')
    const mine = await pullAll(t.learner)
    const member = await pullAll(t.member)
    expect(upserts(member.changes, 'prompts')).toEqual([])
    const amb = await pullAll(t.amb)
    expect(upserts(amb.changes, 'prompts')).toEqual([p.id])

    await t.amb.push([del('prompts', p.id)])

    expect(deletes((await pullAll(t.learner, mine.cursor)).changes, 'prompts')).toEqual([p.id])
    expect(deletes((await pullAll(t.amb, amb.cursor)).changes, 'prompts')).toEqual([p.id])
    const ambRevisions = deletes((await pullAll(t.amb, amb.cursor)).changes, 'prompt_revisions')
    expect(ambRevisions).toHaveLength(1)
    // A submission plain members never saw: neither the prompt's nor its revisions' ids.
    expect((await pullAll(t.member, member.cursor)).changes).toEqual([])
    expect((await pullAll(t.hr)).changes.filter((c) => c.op === 'delete')).toEqual([])
  })

  it('deleting an approved prompt deletes it and its history on every member’s device', async () => {
    const t = await team()
    const p = prompt(t.org)
    await t.amb.push([upsert('prompts', p)])
    const member = await pullAll(t.member)
    const revisions = upserts(member.changes, 'prompt_revisions')
    await t.admin.push([del('prompts', p.id)])
    const after = await pullAll(t.member, member.cursor)
    expect(deletes(after.changes, 'prompts')).toEqual([p.id])
    expect(deletes(after.changes, 'prompt_revisions')).toEqual(revisions)
    // Outside the organisation: nothing.
    const stranger = await createMember(db, await createOrg(db))
    expect((await pullAll(stranger)).changes.filter((c) => c.op === 'delete')).toEqual([])
  })
})

describe('organisation rows', () => {
  it('invites and other people’s memberships are deleted on admins’ devices only', async () => {
    const t = await team()
    const code = `CODE-${uuid()}`
    await db.query('insert into public.invites (code, organisation_id) values ($1, $2)', [
      code,
      t.org,
    ])
    const admin = await pullAll(t.admin)
    const member = await pullAll(t.member)
    await db.query('delete from public.invites where code = $1', [code])
    await db.query('delete from public.memberships where user_id = $1', [t.hr.userId])
    const adminAfter = await pullAll(t.admin, admin.cursor)
    expect(deletes(adminAfter.changes, 'invites')).toHaveLength(1)
    expect(deletes(adminAfter.changes, 'memberships')).toHaveLength(1)
    expect((await pullAll(t.member, member.cursor)).changes).toEqual([])
  })

  it('a member who leaves gets a reset: nothing of the organisation stays', async () => {
    const t = await team()
    await t.amb.push([upsert('prompts', prompt2(t.org))])
    const before = await pullAll(t.member)
    expect(upserts(before.changes, 'prompts')).toHaveLength(1)
    await t.member.asUser((tx) =>
      tx.query('delete from public.memberships where user_id = $1', [t.member.userId]),
    )
    const after = await t.member.pull(before.cursor, 1000)
    expect(after.reset).toBe(true)
    expect(after.changes.filter((c) => c.op === 'upsert').map((c) => c.table)).toEqual([])
  })
})

function prompt2(org: string) {
  return { id: uuid(), organisation_id: org, title: 'T', body: 'B', status: 'approved' }
}
