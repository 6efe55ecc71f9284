// @vitest-environment node
/**
 * sync_push parses each mutation on its own (a NUL, a lone surrogate or an impossible timestamp
 * rejects that mutation, not the batch), and a late push cannot bring back a personal row that
 * its owner deleted ("delete my data").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createMember, createOrg, createServerDb, uuid, upsert, del } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import type { Mutation } from '@/data/remote/types'

let db: PGlite
let org = ''
let me: PgliteRemote

beforeAll(async () => {
  db = await createServerDb()
  org = await createOrg(db)
  me = await createMember(db, org)
})
afterAll(async () => {
  await db.close()
})

describe('per-mutation parsing in sync_push', () => {
  /** sync_push as PostgREST calls it: the batch as `json`. */
  async function pushJson(remote: PgliteRemote, mutations: Mutation[]) {
    return remote.asUser(async (tx) => {
      const res = await tx.query<{ r: { id: string; status: string; reason: string | null }[] }>(
        'select public.sync_push($1::json) as r',
        [JSON.stringify(mutations)],
      )
      return res.rows[0]!.r
    })
  }
  const event = (extra: Record<string, unknown> = {}) => ({
    id: uuid(),
    lesson_id: 'l1',
    kind: 'completed',
    ...extra,
  })

  it('a NUL or a lone surrogate rejects that mutation only; a replay gets the same answers', async () => {
    const batch = [
      upsert('progress_events', event()),
      upsert('progress_events', event({ lesson_id: 'a\u0000b' })),
      upsert('progress_events', event({ data: { note: 'x\ud800y' } })),
      upsert('progress_events', event({ data: { note: '\udc00' } })),
      upsert('progress_events', event({ data: { smile: '\ud83d\ude00' } })),
    ]
    const answers = await pushJson(me, batch)
    expect(answers.map((a) => [a.id, a.status, a.reason])).toEqual([
      [batch[0]!.id, 'applied', null],
      [batch[1]!.id, 'rejected', 'invalid_row'],
      [batch[2]!.id, 'rejected', 'invalid_row'],
      [batch[3]!.id, 'rejected', 'invalid_row'],
      [batch[4]!.id, 'applied', null],
    ])
    expect(await pushJson(me, batch)).toEqual(answers)
    const stored = await db.query<{ n: number }>(
      'select count(*)::int as n from public.progress_events where id = any ($1::uuid[])',
      [batch.map((m) => m.row.id)],
    )
    expect(stored.rows[0]!.n).toBe(2)
  })

  it('timestamps of ±infinity or year 294276 reject that mutation only (invalid_row)', async () => {
    const batch = [
      upsert('progress_events', event({ occurred_at: 'infinity' })),
      upsert('progress_events', event({ occurred_at: '-infinity' })),
      upsert('progress_events', event({ occurred_at: '294276-01-01T00:00:00Z' })),
      upsert('challenge_attempts', { id: uuid(), challenge_id: 'c', created_at: 'infinity' }),
      upsert('progress_events', event({ occurred_at: '2026-12-07T01:00:00Z' })),
    ]
    for (const answers of [await pushJson(me, batch), await me.push(batch)]) {
      expect(answers.map((a) => a.reason ?? null)).toEqual([
        'invalid_row',
        'invalid_row',
        'invalid_row',
        'invalid_row',
        null,
      ])
    }
  })
})

describe('no late re-creation of erased rows', () => {
  it('an upsert of a personal row its owner deleted is refused (deleted), also in the same batch', async () => {
    const person = await createMember(db, org)
    const ev = { id: uuid(), lesson_id: 'l1', kind: 'completed' }
    const att = { id: uuid(), challenge_id: 'c1', organisation_id: org, submitted_for_review: true }
    await person.push([upsert('progress_events', ev), upsert('challenge_attempts', att)])
    // "Delete my data": a delete per own row.
    await person.push([del('progress_events', ev.id), del('challenge_attempts', att.id)])
    // A push that was in flight: the same rows again, under its own mutation ids.
    const late = await person.push([
      upsert('progress_events', ev),
      upsert('challenge_attempts', { ...att, prompt: 'edited' }),
      upsert('profiles', { id: person.userId, display_name: 'Me' }),
    ])
    expect(late.map((r) => r.reason ?? null)).toEqual(['deleted', 'deleted', null])
    const left = await db.query('select 1 from public.progress_events where id = $1', [ev.id])
    expect(left.rows).toEqual([])

    const other = { id: uuid(), lesson_id: 'l2', kind: 'completed' }
    const same = await person.push([
      upsert('progress_events', other),
      del('progress_events', other.id),
      upsert('progress_events', other),
    ])
    expect(same.map((r) => r.reason ?? null)).toEqual([null, null, 'deleted'])
    // A profile deleted and made again is the person's one profile, not a late push.
    await person.push([del('profiles', person.userId)])
    const again = await person.push([upsert('profiles', { id: person.userId, display_name: 'Me' })])
    expect(again[0]!.status).toBe('applied')
  })
})
