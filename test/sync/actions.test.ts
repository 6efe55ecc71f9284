/**
 * Client actions that must converge (issue 13, findings 4–6): retry, dismiss, sign-out during a
 * run, and a device passed to another person. Against the real server SQL in PGlite; at the end
 * of each, the device holds exactly what a fresh pull gives its person.
 */
import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db as appDb, type LoftDb } from '@/data/db'
import { saveWithOutbox } from '@/data/repos/outbox'
import { toMutation } from '@/data/sync/push'
import { createServerDb, PgliteRemote } from '@/data/remote/pglite'
import type { Mutation, PullCursor, PullPage, Remote } from '@/data/remote/types'
import { SyncEngine } from '@/data/sync/engine'
import { deviceDb, manualEnv, writeLocal } from './helpers'
import { deviceView, organisation, personWithoutOrganisation, serverView, sorted } from './server'

let pg: PGlite
const dbs: LoftDb[] = []

beforeAll(async () => {
  pg = await createServerDb()
})

afterAll(async () => {
  for (const db of dbs) await db.delete()
  await pg?.close()
})

function device(remote: Remote | null, userId: string | null, label: string) {
  const db = deviceDb(label)
  dbs.push(db)
  const engine = new SyncEngine({
    db,
    remote,
    userId,
    lock: null,
    env: manualEnv(),
    sleep: async () => {},
    backoff: { maxAttempts: 2 },
  })
  return { db, engine }
}

const remoteFor = (userId: string) => new PgliteRemote({ db: pg, userId })

const progress = (n: number) => ({
  id: crypto.randomUUID(),
  lesson_id: `lesson-${n}`,
  kind: 'completed',
  occurred_at: new Date(Date.UTC(2025, 10, 20, 8, n)).toISOString(),
})

function prompt(orgId: string, title: string, status = 'submitted') {
  return {
    id: crypto.randomUUID(),
    organisation_id: orgId,
    title,
    body: 'Lag et referat av [notater].',
    tools: [],
    tags: [],
    data_class: 'green',
    status,
    featured: false,
    revision: 1,
    updated_at: new Date().toISOString(),
  }
}

async function expectConverged(db: LoftDb, userId: string) {
  expect(sorted(await deviceView(db))).toEqual(sorted(await serverView(pg, userId)))
}

/** A Remote whose pull answers wait until the test lets them through. */
class GatedRemote implements Remote {
  private gate: Promise<void> | null = null
  private open: (() => void) | null = null
  /** Resolves when a pull request has reached the gate. */
  arrived: Promise<void>
  private arrive!: () => void

  constructor(private readonly inner: Remote) {
    this.arrived = new Promise((resolve) => (this.arrive = resolve))
  }

  close() {
    this.gate = new Promise((resolve) => (this.open = resolve))
  }

  release() {
    this.open?.()
    this.gate = null
  }

  push(mutations: Mutation[]) {
    return this.inner.push(mutations)
  }

  async pull(cursor: PullCursor | null, pageSize?: number): Promise<PullPage> {
    const page = await this.inner.pull(cursor, pageSize)
    if (this.gate) {
      this.arrive()
      await this.gate
    }
    return page
  }

  redeemInvite(code: string) {
    return this.inner.redeemInvite(code)
  }
}

/** A Remote that, once armed, lets one pull answer through and holds the next until resumed. */
class PausingRemote implements Remote {
  private armed = false
  private passed = 0
  private resumeGate: (() => void) | null = null
  paused: Promise<void> = Promise.resolve()
  private onPause: () => void = () => {}

  constructor(private readonly inner: Remote) {}

  pauseAfterOnePull() {
    this.armed = true
    this.passed = 0
    this.paused = new Promise((resolve) => (this.onPause = resolve))
  }

  resume() {
    this.resumeGate?.()
  }

  push(mutations: Mutation[]) {
    return this.inner.push(mutations)
  }

  async pull(cursor: PullCursor | null, pageSize?: number): Promise<PullPage> {
    if (this.armed && this.passed++ === 1) {
      this.armed = false
      this.onPause()
      await new Promise<void>((resolve) => (this.resumeGate = resolve))
    }
    return this.inner.pull(cursor, pageSize)
  }

  redeemInvite(code: string) {
    return this.inner.redeemInvite(code)
  }
}

describe('retry after a refusal', () => {
  it('sends the change again under a new mutation id, so it can succeed once the cause is gone', async () => {
    const { orgId } = await organisation(pg, { ambassador: ['member', 'ambassador'] })
    const newcomer = await personWithoutOrganisation(pg)
    const { db, engine } = device(remoteFor(newcomer), newcomer, 'retry')
    const row = prompt(orgId, 'Før jeg ble med')
    const entry = await writeLocal(db, 'prompts', row)
    expect(await engine.syncNow()).toMatchObject({ rejected: 1 })
    expect(await db.outbox.get({ id: entry.id })).toMatchObject({ reason: 'not_member' })

    // The person joins the organisation; the refused share can now go through.
    await pg.query(
      'insert into public.memberships (id, user_id, organisation_id, roles) values ($1, $2, $3, $4)',
      [crypto.randomUUID(), newcomer, orgId, ['member']],
    )
    await engine.retryRejected([entry.id])
    const retried = await db.outbox.toArray()
    expect(retried).toEqual([expect.objectContaining({ state: 'pending' })])
    expect(retried[0]!.id).not.toBe(entry.id)
    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 1, rejected: 0 })
    expect(await db.outbox.count()).toBe(0)
    expect(await db.prompts.get(row.id)).toMatchObject({ title: 'Før jeg ble med', revision: 1 })
    await expectConverged(db, newcomer)
  })
})

describe('dismissing a refusal', () => {
  it('removes a row the server never had', async () => {
    const { orgId } = await organisation(pg, { someone: ['member'] })
    const outsider = await personWithoutOrganisation(pg)
    const { db, engine } = device(remoteFor(outsider), outsider, 'dismiss-new')
    const row = prompt(orgId, 'Ikke min')
    const entry = await writeLocal(db, 'prompts', row)
    await engine.syncNow()
    await engine.dismissRejected(entry.id)
    expect(await db.prompts.get(row.id)).toBeUndefined()
    expect(await db.outbox.count()).toBe(0)
    await engine.syncNow()
    await expectConverged(db, outsider)
  })

  it('keeps the other refused rows as written until each is retried or let go', async () => {
    const { orgId } = await organisation(pg, { someone: ['member'] })
    const outsider = await personWithoutOrganisation(pg)
    const { db, engine } = device(remoteFor(outsider), outsider, 'dismiss-one')
    const first = prompt(orgId, 'Første')
    const second = prompt(orgId, 'Andre')
    const entry = await writeLocal(db, 'prompts', first)
    await writeLocal(db, 'prompts', second)
    expect(await engine.syncNow()).toMatchObject({ rejected: 2 })
    await engine.dismissRejected(entry.id)
    await engine.syncNow() // a pull from scratch
    expect(await db.prompts.get(first.id)).toBeUndefined()
    expect(await db.prompts.get(second.id)).toMatchObject({ title: 'Andre' })
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ state: 'rejected', row: expect.objectContaining({ id: second.id }) }),
    ])
  })

  it("brings back the server's version of a row whose refused edit is let go", async () => {
    const { orgId, users } = await organisation(pg, {
      amb: ['member', 'ambassador'],
      member: ['member'],
    })
    const curator = device(remoteFor(users.amb!), users.amb!, 'dismiss-curator')
    const shared = prompt(orgId, 'Godkjent', 'approved')
    await writeLocal(curator.db, 'prompts', shared)
    await curator.engine.syncNow()

    const { db, engine } = device(remoteFor(users.member!), users.member!, 'dismiss-edit')
    await engine.syncNow()
    const pulled = (await db.prompts.get(shared.id))!
    expect(pulled.title).toBe('Godkjent')
    // A plain member may not edit an approved prompt: refused.
    const edit = await writeLocal(db, 'prompts', { ...pulled, title: 'Min endring', base_revision: 1 })
    expect(await engine.syncNow()).toMatchObject({ rejected: 1 })
    expect((await db.prompts.get(shared.id))!.title).toBe('Min endring')

    await engine.dismissRejected(edit.id)
    await engine.syncNow()
    expect((await db.prompts.get(shared.id))!.title).toBe('Godkjent')
    await expectConverged(db, users.member!)
  })
})

describe('fetching everything again', () => {
  it('keeps the rows in sight while the pages come, and drops only what did not come', async () => {
    const { orgId, users } = await organisation(pg, {
      amb: ['member', 'ambassador'],
      member: ['member'],
    })
    const curator = device(remoteFor(users.amb!), users.amb!, 'many-curator')
    for (const n of [1, 2, 3, 4, 5]) {
      await writeLocal(curator.db, 'prompts', prompt(orgId, `Godkjent ${n}`, 'approved'))
    }
    await curator.engine.syncNow()

    const remote = new PausingRemote(remoteFor(users.member!))
    const db = deviceDb('no-flash')
    dbs.push(db)
    const engine = new SyncEngine({
      db,
      remote,
      userId: users.member!,
      lock: null,
      env: manualEnv(),
      sleep: async () => {},
      pageSize: 2,
    })
    await engine.syncNow()
    expect(await db.prompts.count()).toBe(5)
    const stray = await writeLocal(db, 'prompts', prompt(crypto.randomUUID(), 'Feil sted'))
    expect(await engine.syncNow()).toMatchObject({ rejected: 1 })
    // A row the server no longer sends is dropped at the end of the full pull.
    const gone = { id: crypto.randomUUID(), name: 'Borte', min_group_size: 5, created_at: 'x' }
    await db.organisations.put(gone)

    await engine.dismissRejected(stray.id)
    remote.pauseAfterOnePull()
    const run = engine.syncNow()
    await remote.paused
    expect(await db.prompts.count()).toBe(5) // not only the first page's rows
    remote.resume()
    expect(await run).toMatchObject({ ok: true })
    expect(await db.organisations.get(gone.id)).toBeUndefined()
    await expectConverged(db, users.member!)
  })
})

describe('sign-out', () => {
  it('stops a pull in progress before forgetting: nothing of the person stays for the next one', async () => {
    const { users } = await organisation(pg, { anne: ['member'], bo: ['member'] })
    const anne = device(remoteFor(users.anne!), users.anne!, 'anne-phone')
    for (const n of [1, 2, 3]) await writeLocal(anne.db, 'progress_events', progress(n))
    await anne.engine.syncNow()

    // Anne's phone, freshly set up (or after a reset): a pull from scratch is on its way.
    const gated = new GatedRemote(remoteFor(users.anne!))
    const { db, engine } = device(gated, users.anne!, 'shared-phone')
    gated.close()
    const run = engine.syncNow()
    await gated.arrived
    // Sign-out as useSignOut does it: detach the Remote, then forget the server data.
    engine.setRemote(null)
    const forgotten = engine.forgetServerData()
    gated.release()
    await forgotten
    await run
    expect(await db.progress_events.count()).toBe(0)
    expect(await db.memberships.count()).toBe(0)

    // Bo signs in on the same phone: he sees only what is his to see.
    engine.setRemote(remoteFor(users.bo!), users.bo!)
    await engine.syncNow()
    await expectConverged(db, users.bo!)
  })

  it("binds the cursor to the person: another person's cursor counts as none", async () => {
    // Same organisation and roles: the server's cursor fingerprint is the same for both.
    const { users } = await organisation(pg, { anne: ['member'], bo: ['member'] })
    const { db, engine } = device(remoteFor(users.anne!), users.anne!, 'handed-on')
    await writeLocal(db, 'progress_events', progress(7))
    await engine.syncNow()
    expect(await db.progress_events.count()).toBe(1)
    // Anne's session ends without the device forgetting her data (the app was closed mid-way).
    engine.setRemote(remoteFor(users.bo!), users.bo!)
    await engine.syncNow()
    expect(await db.progress_events.count()).toBe(0)
    await expectConverged(db, users.bo!)
  })
})

describe('strings the server cannot store', () => {
  it('strips NUL and mends lone surrogates before the row is stored and queued, so it is applied', async () => {
    const outsider = await personWithoutOrganisation(pg)
    await Promise.all(appDb.tables.map((table) => table.clear()))
    const engine = new SyncEngine({
      db: appDb,
      remote: remoteFor(outsider),
      userId: outsider,
      lock: null,
      env: manualEnv(),
      sleep: async () => {},
    })
    const id = crypto.randomUUID()
    const saved = await saveWithOutbox(appDb.challenge_attempts, {
      id,
      challenge_id: 'ch-\u0000x',
      prompt: 'Lim inn\u0000 tekst \uD83D\uDE00 og \uD800 her',
      output: '\u0000',
      checklist: { note: 'a\u0000b' },
      submitted_for_review: false,
      created_at: new Date().toISOString(),
    })
    const expected = { prompt: 'Lim inn tekst \uD83D\uDE00 og \uFFFD her', output: '' }
    expect(saved).toMatchObject({ ...expected, challenge_id: 'ch-x', checklist: { note: 'ab' } })
    expect(await appDb.challenge_attempts.get(id)).toMatchObject(expected)
    expect((await appDb.outbox.toArray())[0]!.row).toMatchObject(expected)
    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 1, rejected: 0 })
    const server = await pg.query<{ prompt: string }>(
      'select prompt from public.challenge_attempts where id = $1',
      [id],
    )
    expect(server.rows[0]?.prompt).toBe(expected.prompt)
    await engine.stop()
  })

  it('mends an entry an older version queued when it is pushed', () => {
    const mutation = toMutation({
      id: 'm1',
      table: 'progress_events',
      op: 'upsert',
      row: { id: 'r1', kind: 'a\u0000b' },
      createdAt: '2026-01-01T00:00:00Z',
      state: 'pending',
      tries: 0,
    })
    expect(mutation.row).toEqual({ id: 'r1', kind: 'ab' })
  })
})
