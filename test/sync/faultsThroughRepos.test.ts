/**
 * The fault-injected convergence test, through the repos (issue 13): an ambassador's phone writes
 * with the app's own repo functions (the app's database) while sync rounds run over a network
 * that fails, repeats, delays and reorders requests; colleagues share, withdraw and delete
 * attempts and review them; a role is taken back and granted again; the phone's engine is dropped
 * in the middle of a request and a new one starts on the same IndexedDB; "delete my data" runs
 * mid-run. At the end, after the person lets go of what the server refused, every device equals a
 * fresh pull of what its person may see. Replay a failure with SYNC_SEED=<seed>.
 */
import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db, type LoftDb } from '@/data/db'
import { submitAttemptReview } from '@/data/repos/attemptReview.repo'
import { finishAttempt, submitForReview } from '@/data/repos/challenge.repo'
import { deleteMyData } from '@/data/repos/mydata.repo'
import { recordQuizAnswer } from '@/data/repos/progress.repo'
import { createServerDb, PgliteRemote } from '@/data/remote/pglite'
import type { Mutation, PullCursor, PullPage, Remote } from '@/data/remote/types'
import { SyncEngine } from '@/data/sync/engine'
import { FaultyRemote, seededRandom } from './faults'
import { deleteLocal, deviceDb, manualEnv, writeLocal } from './helpers'
import { deviceView, organisation, serverView, sorted } from './server'

let pg: PGlite
const others: LoftDb[] = []

beforeAll(async () => {
  pg = await createServerDb()
  await Promise.all(db.tables.map((table) => table.clear()))
})

afterAll(async () => {
  for (const other of others) await other.delete()
  await pg?.close()
})

const SEED = Number(process.env.SYNC_SEED ?? 20261207)
const ROUNDS = 12

/**
 * A tab that dies: once killed, a request under way never answers (a push may still have reached
 * the server), and no new one starts.
 */
class MortalRemote implements Remote {
  private dead = false
  constructor(private readonly inner: Remote) {}

  kill() {
    this.dead = true
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    if (this.dead) return new Promise<T>(() => {})
    const answer = await request()
    return this.dead ? new Promise<T>(() => {}) : answer
  }

  push(mutations: Mutation[]) {
    return this.call(() => this.inner.push(mutations))
  }

  pull(cursor: PullCursor | null, pageSize?: number): Promise<PullPage> {
    return this.call(() => this.inner.pull(cursor, pageSize))
  }

  redeemInvite(code: string) {
    return this.inner.redeemInvite(code)
  }
}

function engineFor(target: LoftDb, remote: Remote, userId: string) {
  return new SyncEngine({
    db: target,
    remote,
    userId,
    lock: null,
    env: manualEnv(),
    sleep: async () => {},
    backoff: { maxAttempts: 4 },
    batchSize: 7,
    pageSize: 9,
  })
}

function sharedAttempt(orgId: string, n: number) {
  return {
    id: crypto.randomUUID(),
    organisation_id: orgId,
    challenge_id: `ch-${n % 5}`,
    prompt: `Lag et referat nr. ${n}.`,
    output: 'Referat …',
    checklist: {},
    self_score: 3,
    minutes_saved: n % 30,
    submitted_for_review: true,
    created_at: new Date(Date.UTC(2026, 10, 1, 8, n)).toISOString(),
  }
}

/** Lets the person let go of refused changes, then syncs until nothing waits and a run is clean. */
async function settle(target: LoftDb, engine: SyncEngine) {
  for (let i = 0; i < 10; i++) {
    for (const entry of await target.outbox.where('state').equals('rejected').toArray()) {
      await engine.dismissRejected(entry.id)
    }
    const outcome = await engine.syncNow()
    if (outcome.ok && outcome.rejected === 0 && (await target.outbox.count()) === 0) return
  }
  throw new Error('did not settle')
}

describe('convergence through the repos under a faulty network', () => {
  it(`seed ${SEED}: every device ends equal to a fresh pull of what its person may see`, async () => {
    const random = seededRandom(SEED)
    const { orgId, users } = await organisation(pg, {
      amb: ['member', 'ambassador'],
      learner: ['member'],
      other: ['member', 'ambassador'],
    })
    const late: FaultyRemote[] = []
    const faulty = (userId: string) => {
      const remote = new FaultyRemote(new PgliteRemote({ db: pg, userId }), random)
      late.push(remote)
      return remote
    }

    // The ambassador's phone: the app's database, written by the repos.
    let mortal = new MortalRemote(faulty(users.amb!))
    let phone = engineFor(db, mortal, users.amb!)
    const learnerDb = deviceDb('learner')
    const otherDb = deviceDb('other-amb')
    others.push(learnerDb, otherDb)
    const learner = engineFor(learnerDb, faulty(users.learner!), users.learner!)
    const other = engineFor(otherDb, faulty(users.other!), users.other!)
    const learnerAttempts: string[] = []

    await phone.syncNow() // memberships first: sharing needs the organisation
    for (let round = 0; round < ROUNDS; round++) {
      // The learner shares an attempt; now and then withdraws or deletes an earlier one.
      const attempt = sharedAttempt(orgId, round)
      await writeLocal(learnerDb, 'challenge_attempts', attempt)
      learnerAttempts.push(attempt.id)
      const earlier = learnerAttempts[Math.floor(random() * learnerAttempts.length)]!
      const earlierRow = await learnerDb.challenge_attempts.get(earlier)
      if (earlierRow && random() < 0.3) {
        await writeLocal(learnerDb, 'challenge_attempts', { ...earlierRow, submitted_for_review: false })
      } else if (earlierRow && random() < 0.2) {
        await deleteLocal(learnerDb, 'challenge_attempts', earlier)
      }
      const learnerRun = learner.syncNow()

      // The phone syncs, and the person keeps working while the round runs.
      const run = phone.syncNow()
      await recordQuizAnswer({
        lessonId: `lesson-${round % 4}`,
        questionId: 'q1',
        choiceId: random() < 0.5 ? 'a' : 'b',
        correct: random() < 0.6,
      })
      const own = await finishAttempt({
        challengeId: `ch-${round % 5}`,
        prompt: `Mitt forsøk ${round}\u0000`,
        output: 'Svar …',
        checklist: {},
        selfScore: 1 + (round % 4),
        minutesSaved: round,
      })
      if (round % 3 === 0) await submitForReview(own.id)
      const colleague = (await db.challenge_attempts.toArray()).find(
        (a) => a.user_id === users.learner && a.submitted_for_review,
      )
      if (colleague) {
        await submitAttemptReview(
          {
            attemptId: colleague.id,
            rubric: { prompt_quality: 3, critical_evaluation: 2, data_safety: 4, usefulness: 3 },
            score: 3,
            comment: `Runde ${round}`,
          },
          users.amb!,
        ).catch(() => undefined) // withdrawn meanwhile: nothing to review
      }

      // The other ambassador reviews too, and loses the role for a while.
      const seen = (await otherDb.challenge_attempts.toArray()).find((a) => a.submitted_for_review)
      if (seen) {
        await writeLocal(otherDb, 'attempt_reviews', {
          id: crypto.randomUUID(),
          attempt_id: seen.id,
          organisation_id: orgId,
          rubric: { prompt_quality: 2, critical_evaluation: 2, data_safety: 3, usefulness: 2 },
          score: 2,
          comment: 'Se på kildene.',
          created_at: new Date().toISOString(),
        })
      }
      if (round === 4 || round === 8) {
        await pg.query('update public.memberships set roles = $1 where user_id = $2', [
          round === 4 ? ['member'] : ['member', 'ambassador'],
          users.other!,
        ])
      }
      const otherRun = other.syncNow()

      if (round === 5) {
        // "Delete my data" while the phone's round is still running.
        await deleteMyData({ queueServerDeletes: true, userId: users.amb! })
      }
      if (round === 3 || round === 9) {
        // The tab dies in the middle of a request; the next one starts on the same IndexedDB.
        mortal.kill()
        mortal = new MortalRemote(faulty(users.amb!))
        phone = engineFor(db, mortal, users.amb!)
        void run.catch(() => undefined)
      } else {
        await run
      }
      await Promise.all([learnerRun, otherRun])
    }

    // The network heals: held batches arrive, then everyone syncs without faults.
    for (const remote of late) await remote.deliverAllLate()
    const devices = [
      { target: db, engine: phone, userId: users.amb! },
      { target: learnerDb, engine: learner, userId: users.learner! },
      { target: otherDb, engine: other, userId: users.other! },
    ]
    for (const { engine, userId } of devices) {
      engine.setRemote(new PgliteRemote({ db: pg, userId }), userId)
    }
    for (const { target, engine } of devices) await settle(target, engine)
    for (const { target, engine } of devices) await settle(target, engine)

    for (const { target, userId } of devices) {
      expect(sorted(await deviceView(target))).toEqual(sorted(await serverView(pg, userId)))
    }
    // Not vacuous: the phone holds colleagues' shared attempts and reviews, and its own work
    // from after the delete.
    const phoneAttempts = await db.challenge_attempts.toArray()
    expect(phoneAttempts.some((a) => a.user_id === users.learner)).toBe(true)
    expect(phoneAttempts.some((a) => a.user_id === users.amb)).toBe(true)
    expect(await db.attempt_reviews.count()).toBeGreaterThan(0)
  })
})
