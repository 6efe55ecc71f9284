/**
 * The sync engine against the real server SQL (supabase/migrations in PGlite). One PGlite for the
 * file (cold start is several seconds); every test makes its own organisation and people.
 * The convergence test drives a network that fails, repeats, delays and reorders requests:
 * nothing may be lost or duplicated, and every device must end with exactly what the server holds
 * for its person.
 */
import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { LoftDb, PromptRow } from '@/data/db'
import { createServerDb, PgliteRemote } from '@/data/remote/pglite'
import type { Mutation, Remote } from '@/data/remote/types'
import { SyncEngine } from '@/data/sync/engine'
import { FaultyRemote, seededRandom } from './faults'
import { deleteLocal, deviceDb, manualEnv, writeLocal } from './helpers'
import {
  deviceView,
  idsOf,
  organisation,
  personWithoutOrganisation,
  serverView,
  sorted,
} from './server'

let pg: PGlite
const dbs: LoftDb[] = []

beforeAll(async () => {
  pg = await createServerDb()
})

afterAll(async () => {
  for (const db of dbs) await db.delete()
  await pg?.close()
})

const SEED = Number(process.env.SYNC_SEED ?? 20251126)
const MUTATIONS = 1000

interface Device {
  name: string
  person: 'anne' | 'bo'
  db: LoftDb
  engine: SyncEngine
  remote: FaultyRemote
}

const eventTables = [
  'progress_events',
  'quiz_answers',
  'self_assessments',
  'challenge_attempts',
] as const

function eventRow(table: (typeof eventTables)[number], n: number, rand: () => number) {
  const id = crypto.randomUUID()
  const at = new Date(Date.UTC(2025, 10, 1) + n * 60_000).toISOString()
  switch (table) {
    case 'progress_events':
      return { id, lesson_id: `lesson-${n % 12}`, kind: 'card', card_index: n % 9, occurred_at: at }
    case 'quiz_answers':
      return {
        id,
        lesson_id: `lesson-${n % 12}`,
        question_id: `q${n % 5}`,
        choice_id: 'b',
        correct: rand() < 0.7,
        answered_at: at,
      }
    case 'self_assessments':
      return { id, competency_id: 'simple-prompts', level: 1 + (n % 4), assessed_at: at }
    case 'challenge_attempts':
      return {
        id,
        challenge_id: `challenge-${n % 12}`,
        prompt: `Du er prosjektleder. Lag et utkast nr. ${n}.`,
        output: 'Utkast …',
        checklist: { facts_checked: true, sources: rand() < 0.5 },
        self_score: n % 6,
        minutes_saved: n % 90,
        submitted_for_review: false,
        created_at: at,
      }
  }
}

describe('convergence under a faulty network', () => {
  it(`${MUTATIONS} mutations from two devices of one person and one other person: nothing lost or duplicated`, async () => {
    const rand = seededRandom(SEED)
    const { orgId, users } = await organisation(pg, {
      anne: ['member', 'ambassador'],
      bo: ['member'],
    })
    const heldByPerson = { anne: [] as Mutation[][], bo: [] as Mutation[][] }
    const makeDevice = (name: string, person: 'anne' | 'bo'): Device => {
      const db = deviceDb(name)
      dbs.push(db)
      const remote = new FaultyRemote(
        new PgliteRemote({ db: pg, userId: users[person]! }),
        rand,
        heldByPerson[person],
      )
      const engine = new SyncEngine({
        db,
        remote,
        lock: null,
        env: manualEnv(),
        random: rand,
        sleep: async () => {}, // backoff timing has its own test; here only the retries matter
        batchSize: 25,
        pageSize: 60,
      })
      return { name, person, db, engine, remote }
    }
    const devices = [
      makeDevice('anne-phone', 'anne'),
      makeDevice('anne-laptop', 'anne'),
      makeDevice('bo-phone', 'bo'),
    ]

    // What the test wrote, to compare with the server at the end.
    const created = { anne: new Map<string, Set<string>>(), bo: new Map<string, Set<string>>() }
    const deleted = new Set<string>()
    const promptMutations: string[] = []
    const promptIds = new Set<string>()
    const note = (person: 'anne' | 'bo', table: string, id: string) => {
      const set = created[person].get(table) ?? new Set<string>()
      created[person].set(table, set.add(id))
    }

    for (let n = 0; n < MUTATIONS; n++) {
      const device = devices[Math.floor(rand() * devices.length)]!
      const { db, person } = device
      const roll = rand()
      const localPrompts =
        roll < 0.2 ? await db.prompts.where('status').equals('approved').toArray() : []
      const ownEvents = roll >= 0.26 && roll < 0.31 ? await db.progress_events.toArray() : []
      if (roll < 0.06 && person === 'anne') {
        const entry = await writeLocal(db, 'prompts', {
          id: crypto.randomUUID(),
          organisation_id: orgId,
          title: `Tilbudsbrev ${n}`,
          body: 'Skriv et tilbudsbrev til [kunde] om [tjeneste].',
          tools: ['copilot'],
          tags: ['salg'],
          data_class: 'green',
          status: 'approved',
          featured: false,
          revision: 1,
          updated_at: new Date().toISOString(),
        })
        promptMutations.push(entry.id)
        promptIds.add(String(entry.row.id))
      } else if (roll < 0.14 && person === 'anne' && localPrompts.length > 0) {
        const prompt = localPrompts[Math.floor(rand() * localPrompts.length)]!
        const edit: PromptRow = {
          ...prompt,
          body: `${prompt.body} (edit ${n} on ${device.name})`,
          base_revision: prompt.revision,
        }
        promptMutations.push((await writeLocal(db, 'prompts', edit)).id)
      } else if (roll < 0.2 && localPrompts.length > 0) {
        const prompt = localPrompts[Math.floor(rand() * localPrompts.length)]!
        const id = crypto.randomUUID()
        await writeLocal(db, 'prompt_uses', {
          id,
          prompt_id: prompt.id,
          organisation_id: orgId,
          minutes_saved: n % 45,
          used_at: new Date().toISOString(),
        })
        note(person, 'prompt_uses', id)
      } else if (roll < 0.26) {
        const current = await db.profiles.toCollection().first()
        await writeLocal(db, 'profiles', {
          id: current?.id ?? crypto.randomUUID(),
          display_name: `${person} ${n}`,
          language: rand() < 0.5 ? 'nb' : 'en',
          updated_at: new Date().toISOString(),
        })
      } else if (roll < 0.31 && ownEvents.length > 0) {
        const victim = ownEvents[Math.floor(rand() * ownEvents.length)]!
        await deleteLocal(db, 'progress_events', victim.id)
        deleted.add(victim.id)
      } else {
        const table = eventTables[Math.floor(rand() * eventTables.length)]!
        const row = eventRow(table, n, rand)
        await writeLocal(db, table, row)
        note(person, table, row.id)
      }
      // Devices sync now and then, sometimes two at once.
      const syncRoll = rand()
      if (syncRoll < 0.08) await device.engine.syncNow()
      else if (syncRoll < 0.11) await Promise.all(devices.map((d) => d.engine.syncNow()))
    }

    // The network recovers: held batches arrive late, then every device syncs until quiet.
    for (const d of devices) await d.remote.deliverAllLate()
    for (let round = 0; round < 20; round++) {
      const outcomes = []
      for (const d of devices) outcomes.push(await d.engine.syncNow())
      const quiet = outcomes.every(
        (o) => o.ok && o.applied === 0 && o.rejected === 0 && o.pulled === 0,
      )
      if (quiet) break
    }

    const counts = devices.map((d) => d.remote.counts)
    console.info('sync convergence faults injected', JSON.stringify(counts))
    expect(
      counts.reduce((sum, c) => sum + c.failedAfter + c.duplicated + c.lateDeliveries, 0),
    ).toBeGreaterThan(50)

    // Every outbox is empty: nothing pending, nothing rejected.
    for (const d of devices) expect(await d.db.outbox.toArray(), d.name).toEqual([])

    // 0 lost, 0 extra: the server holds exactly the rows written, minus the deleted ones.
    for (const person of ['anne', 'bo'] as const) {
      for (const table of [...eventTables, 'prompt_uses']) {
        const expected = [...(created[person].get(table) ?? [])]
          .filter((id) => !deleted.has(id))
          .sort()
        const onServer = [...(await idsOf(pg, table, 'user_id = $1', [users[person]]))].sort()
        expect(onServer, `${person} ${table}`).toEqual(expected)
      }
    }
    expect(deleted.size).toBeGreaterThan(0)
    const deletedStill = await pg.query(
      'select id from public.progress_events where id = any($1::uuid[])',
      [[...deleted]],
    )
    expect(deletedStill.rows).toEqual([])

    // Prompts: each edit applied exactly once, as exactly one revision; none lost.
    expect([...(await idsOf(pg, 'prompts', 'organisation_id = $1', [orgId]))].sort()).toEqual(
      [...promptIds].sort(),
    )
    const revisions = await pg.query<{ id: string; prompt_id: string; revision: number }>(
      'select id, prompt_id, revision from public.prompt_revisions where organisation_id = $1 order by prompt_id, revision',
      [orgId],
    )
    expect(revisions.rows.map((r) => r.id).sort()).toEqual([...promptMutations].sort())
    const byPrompt = new Map<string, number[]>()
    for (const r of revisions.rows)
      byPrompt.set(r.prompt_id, [...(byPrompt.get(r.prompt_id) ?? []), r.revision])
    for (const [promptId, numbers] of byPrompt) {
      expect(numbers, promptId).toEqual(numbers.map((_, i) => i + 1))
      const current = await pg.query<{ revision: number }>(
        'select revision from public.prompts where id = $1',
        [promptId],
      )
      expect(current.rows[0]?.revision).toBe(numbers.length)
    }

    // Every device holds exactly the server's rows for its person, field for field.
    for (const d of devices) {
      const server = sorted(await serverView(pg, users[d.person]!))
      const local = sorted(await deviceView(d.db))
      expect(local, d.name).toEqual(server)
    }
    const anneProfiles = await Promise.all(devices.slice(0, 2).map((d) => d.db.profiles.toArray()))
    expect(anneProfiles[0]).toHaveLength(1)
    expect(anneProfiles[0]).toEqual(anneProfiles[1])
    expect(anneProfiles[0]![0]!.id).toBe(users.anne)
  }, 180_000)
})

/** A Remote that counts what goes through it. */
class CountingRemote implements Remote {
  pushed: Mutation[] = []
  pulls = 0
  constructor(readonly inner: PgliteRemote) {}
  push(mutations: Mutation[]) {
    this.pushed.push(...mutations)
    return this.inner.push(mutations)
  }
  pull(cursor: unknown, pageSize?: number) {
    this.pulls++
    return this.inner.pull(cursor, pageSize)
  }
  redeemInvite(code: string) {
    return this.inner.redeemInvite(code)
  }
}

function device(remote: Remote | null, label: string) {
  const db = deviceDb(label)
  dbs.push(db)
  const engine = new SyncEngine({
    db,
    remote,
    lock: null,
    env: manualEnv(),
    sleep: async () => {},
    backoff: { maxAttempts: 2 },
  })
  return { db, engine }
}

const progress = (n: number) => ({
  id: crypto.randomUUID(),
  lesson_id: `lesson-${n}`,
  kind: 'completed',
  occurred_at: new Date(Date.UTC(2025, 10, 20, 8, n)).toISOString(),
})

describe('deletes', () => {
  it('a device that was offline while rows were deleted does not bring them back', async () => {
    const { orgId, users } = await organisation(pg, { anne: ['member'] })
    const department = crypto.randomUUID()
    await pg.query(
      'insert into public.departments (id, organisation_id, name) values ($1, $2, $3)',
      [department, orgId, 'Salg'],
    )
    const phoneRemote = new PgliteRemote({ db: pg, userId: users.anne! })
    const laptopRemote = new PgliteRemote({ db: pg, userId: users.anne! })
    const phone = device(phoneRemote, 'phone')
    const laptop = device(laptopRemote, 'laptop')
    const rows = [0, 1, 2, 3, 4].map(progress)
    for (const row of rows) await writeLocal(phone.db, 'progress_events', row)
    expect(await phone.engine.syncNow()).toMatchObject({ ok: true, applied: 5 })
    await laptop.engine.syncNow()
    expect(await laptop.db.progress_events.count()).toBe(5)
    expect(await laptop.db.departments.get(department)).toBeDefined()

    laptopRemote.online = false
    for (const row of rows.slice(0, 3)) await deleteLocal(phone.db, 'progress_events', row.id)
    await pg.query('delete from public.departments where id = $1', [department]) // an admin removes it
    expect(await phone.engine.syncNow()).toMatchObject({ ok: true, applied: 3 })
    const offlineWrite = progress(9)
    await writeLocal(laptop.db, 'progress_events', offlineWrite)
    expect(await laptop.engine.syncNow()).toMatchObject({ ok: false, error: 'unavailable' })

    laptopRemote.online = true
    expect(await laptop.engine.syncNow()).toMatchObject({ ok: true, applied: 1 })
    await phone.engine.syncNow()
    const expected = [rows[3]!.id, rows[4]!.id, offlineWrite.id].sort()
    expect([...(await idsOf(pg, 'progress_events', 'user_id = $1', [users.anne]))].sort()).toEqual(
      expected,
    )
    expect((await laptop.db.progress_events.toCollection().primaryKeys()).sort()).toEqual(expected)
    expect((await phone.db.progress_events.toCollection().primaryKeys()).sort()).toEqual(expected)
    expect(await laptop.db.departments.get(department)).toBeUndefined()
  })

  it('after the tombstones were pruned, a device away too long resyncs from scratch', async () => {
    const { users } = await organisation(pg, { anne: ['member'] })
    const phone = device(new PgliteRemote({ db: pg, userId: users.anne! }), 'phone')
    const laptopRemote = new PgliteRemote({ db: pg, userId: users.anne! })
    const laptop = device(laptopRemote, 'laptop')
    const rows = [0, 1, 2].map(progress)
    for (const row of rows) await writeLocal(phone.db, 'progress_events', row)
    await phone.engine.syncNow()
    await laptop.engine.syncNow()
    await deleteLocal(phone.db, 'progress_events', rows[0]!.id)
    await phone.engine.syncNow()
    // 100 days pass; the daily job prunes tombstones older than 90 days.
    await pg.query("update private.sync_tombstones set deleted_at = now() - interval '100 days'")
    await pg.query('select private.prune_sync_log()')
    const pull = vi.spyOn(laptopRemote, 'pull')
    await writeLocal(laptop.db, 'progress_events', progress(7))
    expect(await laptop.engine.syncNow()).toMatchObject({ ok: true, applied: 1 })
    expect((await pull.mock.results[0]!.value).reset).toBe(true)
    const server = sorted(await serverView(pg, users.anne!))
    expect(sorted(await deviceView(laptop.db))).toEqual(server)
    expect(await laptop.db.progress_events.get(rows[0]!.id)).toBeUndefined()
  })
})

describe('local mode, then an account', () => {
  it('pushes what was written before sign-in; the server fills user_id; nothing lost or doubled', async () => {
    const { db, engine } = device(null, 'local-first')
    await writeLocal(db, 'profiles', {
      id: crypto.randomUUID(),
      display_name: 'Kari',
      language: 'nb',
      updated_at: new Date().toISOString(),
    })
    const events = [1, 2, 3].map(progress)
    for (const row of events) await writeLocal(db, 'progress_events', row)
    const assessments = [1, 3].map((level) => ({
      id: crypto.randomUUID(),
      competency_id: 'ai-basics',
      level,
      assessed_at: new Date().toISOString(),
    }))
    for (const row of assessments) await writeLocal(db, 'self_assessments', row)
    expect(await engine.syncNow()).toMatchObject({ ok: false, skipped: 'local' })
    expect(engine.getStatus().state).toBe('local')
    expect(await db.outbox.count()).toBe(6)

    const userId = await personWithoutOrganisation(pg)
    const remote = new CountingRemote(new PgliteRemote({ db: pg, userId }))
    engine.setRemote(remote)
    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 6, rejected: 0 })
    expect(await db.outbox.count()).toBe(0)

    const serverEvents = await pg.query<{ id: string; user_id: string }>(
      'select id, user_id from public.progress_events where id = any($1::uuid[])',
      [events.map((e) => e.id)],
    )
    expect(serverEvents.rows.map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort())
    expect(new Set(serverEvents.rows.map((r) => r.user_id))).toEqual(new Set([userId]))
    expect((await idsOf(pg, 'self_assessments', 'user_id = $1', [userId])).size).toBe(2)
    const profile = await pg.query<{ id: string; display_name: string }>(
      'select id, display_name from public.profiles where id = $1',
      [userId],
    )
    expect(profile.rows).toEqual([{ id: userId, display_name: 'Kari' }])

    // The device now holds the server's rows: user_id filled in, one profile, no duplicates.
    expect((await db.progress_events.toArray()).map((r) => r.user_id)).toEqual([
      userId,
      userId,
      userId,
    ])
    expect(await db.self_assessments.count()).toBe(2)
    expect(await db.profiles.toArray()).toEqual([
      expect.objectContaining({ id: userId, display_name: 'Kari' }),
    ])
    expect(sorted(await deviceView(db))).toEqual(sorted(await serverView(pg, userId)))
    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 0, pulled: 0 })
    expect(remote.pushed).toHaveLength(6)
  })
})

describe('echo and rejection', () => {
  it('pulled rows create no outbox entries and are never pushed back', async () => {
    const { orgId, users } = await organisation(pg, { anne: ['member', 'ambassador'] })
    const writer = device(new PgliteRemote({ db: pg, userId: users.anne! }), 'writer')
    for (const row of [1, 2, 3, 4].map(progress))
      await writeLocal(writer.db, 'progress_events', row)
    await writeLocal(writer.db, 'prompts', {
      id: crypto.randomUUID(),
      organisation_id: orgId,
      title: 'Møtereferat',
      body: 'Lag et referat av [notater].',
      tools: [],
      tags: [],
      data_class: 'yellow',
      status: 'approved',
      featured: false,
      revision: 1,
      updated_at: new Date().toISOString(),
    })
    await writer.engine.syncNow()
    const remote = new CountingRemote(new PgliteRemote({ db: pg, userId: users.anne! }))
    const reader = device(remote, 'reader')
    const first = await reader.engine.syncNow()
    expect(first.pulled).toBeGreaterThanOrEqual(7) // 4 events, prompt, revision, organisation, membership
    expect(await reader.db.outbox.count()).toBe(0)
    expect(await reader.db.progress_events.count()).toBe(4)
    expect(await reader.db.prompt_revisions.count()).toBe(1)
    await reader.engine.syncNow()
    expect(remote.pushed).toEqual([])
  })

  it('keeps a rejected entry with its reason and pushes the rest', async () => {
    const { orgId } = await organisation(pg, { other: ['member'] })
    const outsider = await personWithoutOrganisation(pg)
    const { db, engine } = device(new PgliteRemote({ db: pg, userId: outsider }), 'outsider')
    const sneaky = await writeLocal(db, 'prompts', {
      id: crypto.randomUUID(),
      organisation_id: orgId,
      title: 'Ikke min',
      body: '…',
      tools: [],
      tags: [],
      data_class: 'green',
      status: 'approved',
      featured: false,
      revision: 1,
      updated_at: new Date().toISOString(),
    })
    const fine = progress(1)
    await writeLocal(db, 'progress_events', fine)
    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 1, rejected: 1 })
    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 0, rejected: 0 })
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ id: sneaky.id, state: 'rejected', reason: 'not_member' }),
    ])
    expect((await idsOf(pg, 'progress_events', 'user_id = $1', [outsider])).has(fine.id)).toBe(true)
    const shown: string[][] = []
    const unsubscribe = engine.subscribe((status) => shown.push(status.rejected.map((e) => e.id)))
    await vi.waitFor(() => expect(shown.at(-1)).toEqual([sneaky.id]))
    unsubscribe()
  })
})
