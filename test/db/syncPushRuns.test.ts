// @vitest-environment node
/**
 * sync_push writes consecutive upserts of one personal table in one statement (a "run") and
 * falls back to one-by-one when any row of the run fails. These tests pin that the answers and
 * the data are exactly those of applying the batch one mutation at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createMember, createOrg, createServerDb, uuid, upsert } from '../helpers/pglite'

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
  kind: 'card',
  ...extra,
})

async function rows(sql: string, params: unknown[] = []) {
  return (await db.query<Record<string, unknown>>(sql, params)).rows
}

describe('sync_push runs of personal upserts', () => {
  it('a failing row in a long run is rejected alone; the rows around it are applied', async () => {
    const me = await createMember(db, await createOrg(db))
    const other = await createMember(db, null)
    const theirs = event()
    await other.push([upsert('progress_events', theirs)])

    const batch = Array.from({ length: 60 }, (_, i) =>
      upsert('progress_events', event({ card_index: i })),
    )
    batch[20] = upsert('progress_events', event({ card_index: -1 })) // check violation
    batch[35] = upsert('progress_events', { ...theirs, kind: 'mine now' }) // another person's row
    batch[50] = upsert('progress_events', event({ user_id: other.userId })) // author check
    const results = await me.push(batch)

    expect(results.map((r) => r.id)).toEqual(batch.map((m) => m.id))
    const expected = batch.map((): string => 'applied')
    expected[20] = 'invalid_row'
    expected[35] = 'forbidden'
    expected[50] = 'forbidden_author'
    expect(results.map((r) => r.reason ?? r.status)).toEqual(expected)
    expect(
      await rows('select count(*)::int as n from public.progress_events where user_id = $1', [
        me.userId,
      ]),
    ).toEqual([{ n: 57 }])
    expect(
      await rows('select kind, user_id from public.progress_events where id = $1', [theirs.id]),
    ).toEqual([{ kind: 'card', user_id: other.userId }])
    // The replay is answered from the stored answers, the rejections included.
    expect(await me.push(batch)).toEqual(results)
  })

  it('the same row twice in a batch is written in order: the later upsert wins', async () => {
    const me = await createMember(db, null)
    const row = event({ minutes: 5 })
    const results = await me.push([
      upsert('progress_events', row),
      upsert('progress_events', event()),
      upsert('progress_events', { ...row, minutes: 7 }),
    ])
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied'])
    expect(
      await rows('select minutes from public.progress_events where id = $1', [row.id]),
    ).toEqual([{ minutes: 7 }])
  })

  it('a column left out of an upsert keeps its value; a new row gets its default', async () => {
    const me = await createMember(db, null)
    const old = event({ minutes: 5, data: { a: 1 } })
    await me.push([upsert('progress_events', old)])
    const fresh = event()
    const withMinutes = event({ minutes: 3 })
    const results = await me.push([
      upsert('progress_events', { id: old.id, lesson_id: 'l2', kind: 'card' }),
      upsert('progress_events', fresh),
      upsert('progress_events', withMinutes),
    ])
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied'])
    expect(
      await rows('select lesson_id, minutes, data from public.progress_events where id = $1', [
        old.id,
      ]),
    ).toEqual([{ lesson_id: 'l2', minutes: 5, data: { a: 1 } }])
    expect(
      await rows('select minutes, data from public.progress_events where id = $1', [fresh.id]),
    ).toEqual([{ minutes: null, data: {} }])
    expect(
      await rows('select minutes from public.progress_events where id = $1', [withMinutes.id]),
    ).toEqual([{ minutes: 3 }])
  })

  it('membership is checked at the point of the batch: after leaving, a row for the organisation is not_member', async () => {
    const org = await createOrg(db)
    const me = await createMember(db, org)
    const [membership] = await rows(
      'select id from public.memberships where user_id = $1 and organisation_id = $2',
      [me.userId, org],
    )
    const attempt = (extra: Record<string, unknown>) =>
      upsert('challenge_attempts', { id: uuid(), challenge_id: 'c1', ...extra })
    const results = await me.push([
      attempt({ organisation_id: org }),
      attempt({}),
      { id: uuid(), table: 'memberships', op: 'delete', row: { id: membership!.id } },
      attempt({ organisation_id: org }),
      attempt({}),
    ])
    expect(results.map((r) => r.reason ?? r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'not_member',
      'applied',
    ])
    expect(
      await rows(
        'select count(*)::int as n from public.challenge_attempts where user_id = $1 and organisation_id is not null',
        [me.userId],
      ),
    ).toEqual([{ n: 1 }])
  })

  it('answers replays, repeats and new mutations mixed in one batch, in input order', async () => {
    const me = await createMember(db, null)
    const seen = upsert('progress_events', event())
    const first = await me.push([seen])
    const fresh = upsert('quiz_answers', {
      id: uuid(),
      lesson_id: 'l1',
      question_id: 'q',
      choice_id: 'a',
      correct: true,
    })
    const results = await me.push([
      fresh,
      seen,
      { id: 'nope', table: 'progress_events', op: 'upsert', row: event() },
      fresh,
      upsert('progress_events', event()),
    ])
    expect(results).toEqual([
      { id: fresh.id, status: 'applied' },
      first[0],
      { id: 'nope', status: 'rejected', reason: 'invalid_mutation' },
      { id: fresh.id, status: 'applied' },
      { id: results[4]!.id, status: 'applied' },
    ])
    expect(
      await rows('select count(*)::int as n from public.progress_events where user_id = $1', [
        me.userId,
      ]),
    ).toEqual([{ n: 2 }])
  })

  it('profiles in a run are always the caller’s own row', async () => {
    const me = await createMember(db, null)
    const results = await me.push([
      upsert('profiles', { id: uuid(), display_name: 'A', language: 'nb' }),
      upsert('profiles', { id: uuid(), display_name: 'B', language: 'en' }),
    ])
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied'])
    expect(
      await rows('select id, display_name from public.profiles where id = $1', [me.userId]),
    ).toEqual([{ id: me.userId, display_name: 'B' }])
  })
})
