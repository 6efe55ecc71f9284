/**
 * "Delete my data" on a signed-in device (issue 13, finding 5), through the repo and the engine
 * against the real server SQL in PGlite: only the person's own rows go, what they may still see
 * comes back, and nothing erased is pushed afterwards — not even by a push already under way.
 */
import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db, type LoftDb } from '@/data/db'
import { deleteMyData } from '@/data/repos/mydata.repo'
import { createServerDb, PgliteRemote } from '@/data/remote/pglite'
import { RemoteUnavailableError, type Mutation, type Remote } from '@/data/remote/types'
import { SyncEngine } from '@/data/sync/engine'
import { deviceDb, manualEnv, writeLocal } from './helpers'
import { deviceView, idsOf, organisation, serverView, sorted } from './server'

let pg: PGlite
const others: LoftDb[] = []

beforeAll(async () => {
  pg = await createServerDb()
})

afterAll(async () => {
  for (const other of others) await other.delete()
  await pg?.close()
})

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const remoteFor = (userId: string) => new PgliteRemote({ db: pg, userId })

function engineFor(target: LoftDb, remote: Remote, userId: string, sleep = async () => {}) {
  return new SyncEngine({
    db: target,
    remote,
    userId,
    lock: null,
    env: manualEnv(),
    sleep,
    backoff: { maxAttempts: 3 },
  })
}

function attempt(orgId: string | null, shared: boolean) {
  return {
    id: crypto.randomUUID(),
    organisation_id: orgId,
    challenge_id: 'ch-meeting-minutes',
    prompt: 'Du er referent …',
    output: 'Referat …',
    checklist: {},
    self_score: 3,
    minutes_saved: 20,
    submitted_for_review: shared,
    created_at: new Date().toISOString(),
  }
}

const progress = () => ({
  id: crypto.randomUUID(),
  lesson_id: 'data-rules',
  kind: 'completed',
  occurred_at: new Date().toISOString(),
})

const review = (attemptId: string, orgId: string) => ({
  id: crypto.randomUUID(),
  attempt_id: attemptId,
  organisation_id: orgId,
  rubric: { prompt_quality: 3, critical_evaluation: 3, data_safety: 4, usefulness: 3 },
  score: 3,
  comment: 'Godt referat.',
  created_at: new Date().toISOString(),
})

async function expectConverged(target: LoftDb, userId: string) {
  expect(sorted(await deviceView(target))).toEqual(sorted(await serverView(pg, userId)))
}

describe("delete my data on an ambassador's phone", () => {
  it("deletes only the ambassador's own rows; colleagues' shared attempts and reviews stay", async () => {
    const { orgId, users } = await organisation(pg, {
      learner: ['member'],
      amb: ['member', 'ambassador'],
      other: ['member', 'ambassador'],
    })
    // The learner shares an attempt; another ambassador reviews it.
    const learnerDb = deviceDb('learner')
    others.push(learnerDb)
    const shared = attempt(orgId, true)
    await writeLocal(learnerDb, 'challenge_attempts', shared)
    await engineFor(learnerDb, remoteFor(users.learner!), users.learner!).syncNow()
    const otherDb = deviceDb('other-amb')
    others.push(otherDb)
    await writeLocal(otherDb, 'attempt_reviews', review(shared.id, orgId))
    const otherEngine = engineFor(otherDb, remoteFor(users.other!), users.other!)
    await otherEngine.syncNow()

    // The ambassador's phone (the app's database, as the repos use it).
    const engine = engineFor(db, remoteFor(users.amb!), users.amb!)
    const mine = progress()
    await writeLocal(db, 'progress_events', mine)
    await writeLocal(db, 'challenge_attempts', attempt(orgId, false))
    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 2 })
    expect(await db.challenge_attempts.get(shared.id)).toBeDefined()
    expect(await db.attempt_reviews.count()).toBe(1)

    const result = await deleteMyData({ queueServerDeletes: true, userId: users.amb! })
    expect(result.queuedForServer).toBe(2)
    expect(await db.challenge_attempts.get(shared.id)).toBeDefined()
    expect(await db.attempt_reviews.count()).toBe(1)
    expect(await db.progress_events.count()).toBe(0)

    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 2 })
    expect((await idsOf(pg, 'progress_events', 'user_id = $1', [users.amb!])).size).toBe(0)
    expect(await db.challenge_attempts.get(shared.id)).toBeDefined()
    await expectConverged(db, users.amb!)
  })

  it('re-pulls what the person may still see after the device dropped it', async () => {
    const { orgId, users } = await organisation(pg, { learner: ['member'], amb: ['member', 'ambassador'] })
    const learnerDb = deviceDb('learner-2')
    others.push(learnerDb)
    const shared = attempt(orgId, true)
    await writeLocal(learnerDb, 'challenge_attempts', shared)
    await engineFor(learnerDb, remoteFor(users.learner!), users.learner!).syncNow()

    const engine = engineFor(db, remoteFor(users.amb!), users.amb!)
    // A review the ambassador wrote: theirs to delete here, but the learner's record on the
    // server (not deleted there), so the ambassador may still see it.
    await writeLocal(db, 'attempt_reviews', review(shared.id, orgId))
    await engine.syncNow()
    await deleteMyData({ queueServerDeletes: true, userId: users.amb! })
    expect(await db.attempt_reviews.count()).toBe(0)
    await engine.syncNow()
    await expectConverged(db, users.amb!)
    expect(await db.attempt_reviews.count()).toBe(1)
  })
})

describe('a push under way when the data is deleted', () => {
  it('does not send erased changes when it retries', async () => {
    const { users } = await organisation(pg, { anne: ['member'] })
    const sent: Mutation[] = []
    let failures = 1
    const inner = remoteFor(users.anne!)
    const remote: Remote = {
      async push(mutations) {
        sent.push(...mutations)
        if (failures-- > 0) throw new RemoteUnavailableError('injected: lost on the way')
        return inner.push(mutations)
      },
      pull: (cursor, size) => inner.pull(cursor, size),
      redeemInvite: (code) => inner.redeemInvite(code),
    }
    // The person deletes their data while the engine waits to retry the failed push.
    const engine = engineFor(db, remote, users.anne!, async () => {
      await deleteMyData({ queueServerDeletes: true, userId: users.anne! })
    })
    const erased = progress()
    const entry = await writeLocal(db, 'progress_events', erased)
    expect(await engine.syncNow()).toMatchObject({ ok: true })
    expect(sent.filter((m) => m.id === entry.id)).toHaveLength(1) // the first try only
    expect(sent.filter((m) => m.row.id === erased.id).map((m) => m.op)).toEqual(['upsert', 'delete'])
    expect((await idsOf(pg, 'progress_events', 'user_id = $1', [users.anne!])).size).toBe(0)
    await expectConverged(db, users.anne!)
  })
})
