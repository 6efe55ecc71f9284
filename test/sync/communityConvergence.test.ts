/**
 * The fault-injected convergence test over the shared rows of this wave: community posts,
 * comments, reactions, replications and reports, and ideas with their votes. Four devices over a
 * network that fails, repeats, delays and reorders requests:
 * - the ambassador's phone (the app's database, written by the app's own repos): posts, edits,
 *   comments, reactions, "tried it too", and hides/restores colleagues' posts;
 * - a learner who posts, comments, reacts, votes, reports and deletes their own posts, and who
 *   leaves the organisation for a while in the middle (everything shared must leave the device,
 *   and come back when they return);
 * - an HR person who reacts and votes;
 * - a member of another organisation who posts in theirs (and must never see ours).
 * At the end, after each person lets go of what the server refused, every device equals a fresh
 * pull of what its person may see — a hidden post has gone from every device but its author's
 * and the ambassadors', a deleted one from all of them. Replay a failure with SYNC_SEED=<seed>.
 */
import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db, type LoftDb } from '@/data/db'
import {
  addComment,
  createPost,
  editPost,
  moderate,
  toggleReaction,
  tryItToo,
} from '@/data/repos/community.repo'
import { createServerDb, PgliteRemote } from '@/data/remote/pglite'
import { SyncEngine } from '@/data/sync/engine'
import type { PostInput } from '@/domain/community/validate'
import { FaultyRemote, seededRandom } from './faults'
import { deleteLocal, deviceDb, manualEnv, writeLocal } from './helpers'
import { deviceView, organisation, serverView, sorted } from './server'

let pg: PGlite
const devices: LoftDb[] = []

beforeAll(async () => {
  pg = await createServerDb()
  await Promise.all(db.tables.map((table) => table.clear()))
})

afterAll(async () => {
  for (const device of devices) await device.delete()
  await pg?.close()
})

const SEED = Number(process.env.SYNC_SEED ?? 20261208)
const ROUNDS = 12
const reactionKinds = ['useful', 'tried', 'thanks'] as const

function engineFor(target: LoftDb, remote: FaultyRemote | PgliteRemote, userId: string) {
  return new SyncEngine({
    db: target,
    remote,
    userId,
    lock: null,
    env: manualEnv(),
    sleep: async () => {},
    backoff: { maxAttempts: 4 },
    batchSize: 5,
    pageSize: 8,
  })
}

function postInput(n: number): PostInput {
  return {
    kind: n % 2 ? 'use_case' : 'success_story',
    title: `Referat på ti minutter ${n}`,
    body: `Slik gjorde jeg det, runde ${n}.`,
    task: 'Møtereferat',
    departmentId: null,
    tool: null,
    promptText: 'Lag et referat av notatene under.',
    minutesBefore: 30,
    minutesAfter: 10,
    dataClass: 'green',
    tags: ['referat'],
  }
}

/** A post as a device writes it (what createPost writes), for the devices without the app's repos. */
function postRow(orgId: string, authorId: string, n: number) {
  const time = new Date(Date.UTC(2026, 11, 1, 8, n)).toISOString()
  return {
    id: crypto.randomUUID(),
    organisation_id: orgId,
    author_id: authorId,
    kind: 'use_case' as const,
    title: `Et tips fra runde ${n}`,
    body: 'Be om tre forslag, velg ett.',
    task: 'E-post',
    department_id: null,
    tool: null,
    prompt_text: null,
    minutes_before: null,
    minutes_after: null,
    data_class: 'green' as const,
    tags: [],
    source_kind: null,
    source_id: null,
    status: 'published' as const,
    moderation_reason: null,
    revision: 1,
    created_at: time,
    updated_at: time,
    reaction_counts: { useful: 0, tried: 0, thanks: 0 },
    comment_count: 0,
    replication_count: 0,
    replication_median_saved: null,
  }
}

function commentRow(orgId: string, postId: string, authorId: string, n: number) {
  const time = new Date(Date.UTC(2026, 11, 1, 9, n)).toISOString()
  return {
    id: crypto.randomUUID(),
    organisation_id: orgId,
    post_id: postId,
    author_id: authorId,
    body: `Takk, prøver dette (${n}).`,
    status: 'published' as const,
    moderation_reason: null,
    created_at: time,
    updated_at: time,
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

describe('community convergence under a faulty network', () => {
  it(`seed ${SEED}: every device ends equal to a fresh pull of what its person may see`, async () => {
    const random = seededRandom(SEED)
    const pick = <T>(items: T[]): T | undefined => items[Math.floor(random() * items.length)]
    const { orgId, users } = await organisation(pg, {
      amb: ['member', 'ambassador'],
      learner: ['member'],
      hr: ['member', 'hr'],
    })
    const away = await organisation(pg, { outsider: ['member'] })
    const outsiderId = away.users.outsider!
    const remotes: FaultyRemote[] = []
    const faulty = (userId: string) => {
      const remote = new FaultyRemote(new PgliteRemote({ db: pg, userId }), random)
      remotes.push(remote)
      return remote
    }

    const learnerDb = deviceDb('learner')
    const hrDb = deviceDb('hr')
    const outsiderDb = deviceDb('outsider')
    devices.push(learnerDb, hrDb, outsiderDb)
    const phone = engineFor(db, faulty(users.amb!), users.amb!)
    const learner = engineFor(learnerDb, faulty(users.learner!), users.learner!)
    const hr = engineFor(hrDb, faulty(users.hr!), users.hr!)
    const outsider = engineFor(outsiderDb, faulty(outsiderId), outsiderId)
    const learnerPosts: string[] = []
    const hidden = new Set<string>()

    // The phone needs its membership before the repos will share anything.
    await settle(db, engineFor(db, new PgliteRemote({ db: pg, userId: users.amb! }), users.amb!))

    for (let round = 0; round < ROUNDS; round++) {
      // The learner posts, comments on what they see, reacts, votes, reports now and then, and
      // deletes one of their own posts sometimes.
      const post = postRow(orgId, users.learner!, round)
      await writeLocal(learnerDb, 'community_posts', post)
      learnerPosts.push(post.id)
      const seenByLearner = await learnerDb.community_posts.toArray()
      const target = pick(seenByLearner)
      if (target) {
        await writeLocal(
          learnerDb,
          'community_comments',
          commentRow(orgId, target.id, users.learner!, round),
        )
        await writeLocal(learnerDb, 'community_reactions', {
          id: crypto.randomUUID(),
          organisation_id: orgId,
          post_id: target.id,
          user_id: users.learner!,
          kind: reactionKinds[round % 3]!,
          created_at: new Date().toISOString(),
        })
        if (random() < 0.3) {
          await writeLocal(learnerDb, 'community_reports', {
            id: crypto.randomUUID(),
            organisation_id: orgId,
            target_table: 'community_posts',
            target_id: target.id,
            reporter_id: users.learner!,
            reason: 'wrong',
            note: '',
            created_at: new Date().toISOString(),
            resolved_at: null,
            resolution: null,
          })
        }
      }
      if (round % 3 === 1) {
        await writeLocal(learnerDb, 'ideas', {
          id: crypto.randomUUID(),
          organisation_id: orgId,
          author_id: users.learner!,
          anonymous: false,
          kind: 'idea',
          title: `Idé ${round}`,
          body: '',
          status: 'new',
          answer: '',
          created_on: '2026-12-01',
          vote_count: 0,
        })
      }
      const doomed = round > 2 && random() < 0.3 ? learnerPosts.shift() : undefined
      if (doomed) await deleteLocal(learnerDb, 'community_posts', doomed)
      const learnerRun = learner.syncNow()

      // The ambassador's phone: the app's repos, while its own round runs.
      const run = phone.syncNow()
      if (round % 2 === 0) await createPost(postInput(round), users.amb!)
      const mine = (await db.community_posts.toArray()).filter((p) => p.author_id === users.amb)
      const edited = pick(mine)
      if (edited && random() < 0.4) await editPost(edited.id, postInput(100 + round), users.amb!)
      const colleagues = (await db.community_posts.toArray()).filter(
        (p) => p.author_id === users.learner,
      )
      const seen = pick(colleagues)
      if (seen) {
        await addComment(seen, `Godt tips ${round}`, users.amb!)
        await toggleReaction(seen, reactionKinds[(round + 1) % 3]!, users.amb!)
        if (random() < 0.3) {
          await tryItToo(seen, { minutesBefore: 20, minutesAfter: 5 + round, note: '' }, users.amb!)
        }
        if (random() < 0.35) {
          const hide = !hidden.has(seen.id)
          await moderate(
            { table: 'community_posts', id: seen.id },
            hide ? 'hide' : 'restore',
            'Inneholder et kundenavn.',
          )
          if (hide) hidden.add(seen.id)
          else hidden.delete(seen.id)
        }
      }

      // HR reacts and votes on what it sees.
      const hrSees = pick(await hrDb.community_posts.toArray())
      if (hrSees) {
        await writeLocal(hrDb, 'community_reactions', {
          id: crypto.randomUUID(),
          organisation_id: orgId,
          post_id: hrSees.id,
          user_id: users.hr!,
          kind: 'useful',
          created_at: new Date().toISOString(),
        })
      }
      const idea = pick(await hrDb.ideas.toArray())
      if (idea && !(await hrDb.idea_votes.where('idea_id').equals(idea.id).count())) {
        await writeLocal(hrDb, 'idea_votes', {
          id: crypto.randomUUID(),
          idea_id: idea.id,
          user_id: users.hr!,
          organisation_id: orgId,
          created_on: '2026-12-02',
        })
      }
      const hrRun = hr.syncNow()

      // Someone in another organisation posts in theirs — and tries ours once.
      await writeLocal(outsiderDb, 'community_posts', postRow(away.orgId, outsiderId, round))
      if (round === 6) {
        await writeLocal(outsiderDb, 'community_posts', postRow(orgId, outsiderId, 99))
      }
      const outsiderRun = outsider.syncNow()

      // The learner leaves the organisation for three rounds, then is let back in.
      if (round === 5) {
        await pg.query('delete from public.memberships where user_id = $1', [users.learner!])
      }
      if (round === 8) {
        await pg.query(
          'insert into public.memberships (id, user_id, organisation_id, roles) values ($1, $2, $3, $4)',
          [crypto.randomUUID(), users.learner!, orgId, ['member']],
        )
      }
      await Promise.all([run, learnerRun, hrRun, outsiderRun])
    }

    // The network heals: held batches arrive, then everyone syncs without faults.
    for (const remote of remotes) await remote.deliverAllLate()
    const everyone = [
      { target: db, engine: phone, userId: users.amb! },
      { target: learnerDb, engine: learner, userId: users.learner! },
      { target: hrDb, engine: hr, userId: users.hr! },
      { target: outsiderDb, engine: outsider, userId: outsiderId },
    ]
    for (const { engine, userId } of everyone) {
      engine.setRemote(new PgliteRemote({ db: pg, userId }), userId)
    }
    for (const { target, engine } of everyone) await settle(target, engine)
    for (const { target, engine } of everyone) await settle(target, engine)

    for (const { target, userId } of everyone) {
      expect(sorted(await deviceView(target))).toEqual(sorted(await serverView(pg, userId)))
    }

    // Not vacuous: the phone holds the learner's posts and comments; HR does not hold a post
    // the server has hidden unless it was restored; nobody here holds the outsider's posts.
    const hiddenOnServer = await pg.query<{ id: string }>(
      `select id from public.community_posts where organisation_id = $1 and status = 'hidden'`,
      [orgId],
    )
    const phonePosts = await db.community_posts.toArray()
    expect(phonePosts.some((p) => p.author_id === users.learner)).toBe(true)
    expect(await db.community_comments.count()).toBeGreaterThan(0)
    for (const { id } of hiddenOnServer.rows) {
      expect(await hrDb.community_posts.get(id)).toBeUndefined()
      expect(await db.community_posts.get(id)).toBeDefined()
    }
    for (const device of [db, learnerDb, hrDb]) {
      const foreign = (await device.community_posts.toArray()).filter(
        (p) => p.organisation_id === away.orgId,
      )
      expect(foreign).toEqual([])
    }
    expect(
      (await outsiderDb.community_posts.toArray()).every((p) => p.organisation_id === away.orgId),
    ).toBe(true)
    expect(await hrDb.idea_votes.count()).toBeGreaterThan(0)
  }, 120_000)
})
