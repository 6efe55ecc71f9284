/**
 * Anonymous ideas through the sync engine against the real SQL (PGlite): the outbox entry goes
 * alone through submit_anonymous_idea (never sync_push, which records its sender), in outbox order
 * between ordinary pushes; a replay answers "duplicate" and is applied; the daily limit is a
 * refusal the person sees; after the release every member's device pulls it with no author.
 */
import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { LoftDb, OutboxEntry } from '@/data/db'
import { createServerDb, PgliteRemote } from '@/data/remote/pglite'
import { SyncEngine } from '@/data/sync/engine'
import { sendBatch } from '@/data/sync/push'
import { outboxEntry } from '@/data/repos/outbox'
import { deviceDb, manualEnv, writeLocal } from './helpers'
import { organisation } from './server'

let pg: PGlite
const dbs: LoftDb[] = []

beforeAll(async () => {
  pg = await createServerDb()
}, 60_000)

afterAll(async () => {
  for (const db of dbs) await db.delete()
  await pg?.close()
})

function device(userId: string) {
  const db = deviceDb('anon-idea')
  dbs.push(db)
  const remote = new PgliteRemote({ db: pg, userId })
  const engine = new SyncEngine({ db, remote, lock: null, env: manualEnv(), sleep: async () => {} })
  return { db, remote, engine }
}

/** What ideas.repo.ts postIdea writes for an anonymous idea. */
async function writeAnonymous(db: LoftDb, orgId: string, title: string): Promise<OutboxEntry> {
  const id = crypto.randomUUID()
  const entry = outboxEntry('ideas', 'upsert', { id, organisation_id: orgId, kind: 'obstacle', title, body: '' })
  entry.via = 'anonymous_idea'
  await db.transaction('rw', db.ideas, db.outbox, async () => {
    await db.ideas.put({
      id,
      organisation_id: orgId,
      author_id: null,
      anonymous: true,
      kind: 'obstacle',
      title,
      body: '',
      status: 'new',
      answer: '',
      created_on: '2026-12-07',
      waiting: true,
    })
    await db.outbox.add(entry)
  })
  return entry
}

describe('anonymous ideas in the sync engine', () => {
  it('go alone by their own call, in outbox order, leaving no mutation of the sender', async () => {
    const { orgId, users } = await organisation(pg, { writer: ['member'], reader: ['member'] })
    const writer = device(users.writer!)
    const push = vi.spyOn(writer.remote, 'push')
    const submit = vi.spyOn(writer.remote, 'submitAnonymousIdea')
    const named = crypto.randomUUID()
    await writeLocal(writer.db, 'ideas', { id: named, organisation_id: orgId, kind: 'idea', title: 'Med navn', body: '', anonymous: false })
    const anon = await writeAnonymous(writer.db, orgId, 'Uten navn')
    const after = crypto.randomUUID()
    await writeLocal(writer.db, 'ideas', { id: after, organisation_id: orgId, kind: 'idea', title: 'Etterpå', body: '', anonymous: false })

    const outcome = await writer.engine.syncNow()
    expect(outcome.error).toBeFalsy()
    expect(await writer.db.outbox.count()).toBe(0)
    // Three calls in order: the named idea, the anonymous one alone, then the next named one.
    expect(push).toHaveBeenCalledTimes(2)
    expect(push.mock.calls[0]![0].map((m) => m.row.id)).toEqual([named])
    expect(push.mock.calls[1]![0].map((m) => m.row.id)).toEqual([after])
    expect(submit).toHaveBeenCalledTimes(1)
    expect(submit.mock.calls[0]![0]).toEqual({ id: anon.row.id, organisation_id: orgId, kind: 'obstacle', title: 'Uten navn', body: '' })
    const recorded = await pg.query<{ n: number }>(
      'select count(*)::int as n from private.sync_mutations where user_id = $1',
      [users.writer],
    )
    expect(recorded.rows[0]?.n).toBe(2)
    // Waiting: on the writer's device only.
    expect((await writer.db.ideas.get(String(anon.row.id)))?.waiting).toBe(true)

    await pg.query('select private.release_anonymous_ideas(current_date + 1)')
    const reader = device(users.reader!)
    await reader.engine.syncNow()
    const pulled = await reader.db.ideas.get(String(anon.row.id))
    expect(pulled).toMatchObject({ anonymous: true, author_id: null, title: 'Uten navn' })
    await writer.engine.syncNow()
    expect((await writer.db.ideas.get(String(anon.row.id)))?.waiting).toBeUndefined()
  })

  it('a replay is applied ("duplicate"); the sixth of a day is refused as rate_limited', async () => {
    const { orgId, users } = await organisation(pg, { writer: ['member'] })
    const writer = device(users.writer!)
    const first = await writeAnonymous(writer.db, orgId, 'Første')
    const results = await sendBatch(writer.remote, [first])
    expect(results).toEqual([{ id: first.id, status: 'applied' }])
    expect(await sendBatch(writer.remote, [first])).toEqual([{ id: first.id, status: 'applied' }])
    for (let i = 0; i < 4; i++) await writeAnonymous(writer.db, orgId, `Nr ${i}`)
    const sixth = await writeAnonymous(writer.db, orgId, 'Sjette')
    await writer.engine.syncNow()
    const refused = await writer.db.outbox.get({ id: sixth.id })
    expect(refused).toMatchObject({ state: 'rejected', reason: 'rate_limited' })
  })
})
