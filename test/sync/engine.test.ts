import { afterEach, describe, expect, it, vi } from 'vitest'
import { backoffDelay, defaultBackoff } from '@/data/sync/backoff'
import { SyncEngine, type SyncEngineOptions } from '@/data/sync/engine'
import type { SyncStatus } from '@/data/sync/status'
import type { LoftDb } from '@/data/db'
import { applyPage } from '@/data/sync/apply'
import { ScriptedRemote, page } from './fakes'
import { deleteLocal, deviceDb, manualEnv, writeLocal } from './helpers'

const engines: SyncEngine[] = []
const dbs: LoftDb[] = []

function setup(options: Partial<SyncEngineOptions> = {}) {
  const db = deviceDb('engine')
  const remote = new ScriptedRemote()
  const delays: number[] = []
  const engine = new SyncEngine({
    db,
    remote,
    lock: null,
    env: manualEnv(),
    random: () => 0.5,
    now: () => Date.parse('2025-11-26T12:00:00Z'),
    sleep: async (ms) => void delays.push(ms),
    ...options,
  })
  engines.push(engine)
  dbs.push(db)
  return { db, remote, engine, delays }
}

afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.stop()
  for (const db of dbs.splice(0)) await db.delete()
  vi.useRealTimers()
})

const event = (id: string) => ({
  id,
  lesson_id: 'l1',
  kind: 'completed',
  occurred_at: '2025-11-26T10:00:00Z',
})

/** Waits until the status satisfies `ok` (the status follows Dexie through liveQuery). */
function statusWhere(engine: SyncEngine, ok: (s: SyncStatus) => boolean): Promise<SyncStatus> {
  return new Promise((resolve) => {
    const stop = engine.subscribe((s) => {
      if (ok(s)) {
        queueMicrotask(() => stop())
        resolve(s)
      }
    })
  })
}

describe('push', () => {
  it('pushes the outbox in write order, in batches, and removes applied entries', async () => {
    const { db, remote, engine } = setup({ batchSize: 2 })
    const written = []
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      written.push(await writeLocal(db, 'progress_events', event(id)))
    const outcome = await engine.syncNow()
    expect(outcome).toMatchObject({ ok: true, applied: 5, rejected: 0 })
    expect(remote.pushCalls.map((batch) => batch.length)).toEqual([2, 2, 1])
    expect(remote.pushCalls.flat().map((m) => m.id)).toEqual(written.map((e) => e.id))
    expect(await db.outbox.count()).toBe(0)
  })

  it('retries transient failures with exponential backoff and jitter', async () => {
    const { db, remote, engine, delays } = setup()
    await writeLocal(db, 'progress_events', event('a'))
    remote.failPushes = 3
    const outcome = await engine.syncNow()
    expect(outcome).toMatchObject({ ok: true, applied: 1, retries: 3 })
    // base 1 s doubling, random 0.5 → three quarters of each ceiling
    expect(delays).toEqual([750, 1500, 3000])
    expect(remote.pushCalls).toHaveLength(4)
  })

  it('gives up after maxAttempts, keeps the entries and reports the error; a later run succeeds', async () => {
    const { db, remote, engine, delays } = setup({ backoff: { maxAttempts: 3 } })
    await writeLocal(db, 'progress_events', event('a'))
    remote.failPushes = 3
    const failed = await engine.syncNow()
    expect(failed).toMatchObject({ ok: false, error: 'unavailable' })
    expect(delays).toHaveLength(2)
    expect(await db.outbox.where('state').equals('pending').count()).toBe(1)
    const status = await statusWhere(engine, (s) => s.state === 'error')
    expect(status).toMatchObject({ lastError: 'unavailable', pending: 1 })
    const later = await engine.syncNow()
    expect(later).toMatchObject({ ok: true, applied: 1 })
    const synced = await statusWhere(engine, (s) => s.state === 'synced')
    expect(synced.lastSyncedAt).toBe('2025-11-26T12:00:00.000Z')
  })

  it('keeps rejected entries with their reason, never drops them, and lets the user retry', async () => {
    const { db, remote, engine } = setup()
    remote.rejectTables.set('prompts', 'forbidden')
    const kept = await writeLocal(db, 'prompts', { id: 'p1', title: 'Mine' })
    await writeLocal(db, 'progress_events', event('a'))
    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 1, rejected: 1 })
    await engine.syncNow() // a later run neither drops nor re-sends it
    const rejected = await db.outbox.toArray()
    expect(rejected).toEqual([
      expect.objectContaining({ id: kept.id, state: 'rejected', reason: 'forbidden' }),
    ])
    expect(remote.pushCalls.flat().filter((m) => m.id === kept.id)).toHaveLength(1)
    const status = await statusWhere(engine, (s) => s.rejected.length === 1)
    expect(status.rejected[0]).toMatchObject({
      id: kept.id,
      reason: 'forbidden',
      row: { title: 'Mine' },
    })
    remote.rejectTables.clear()
    await engine.retryRejected([kept.id])
    expect(await engine.syncNow()).toMatchObject({ applied: 1 })
    expect(await db.outbox.count()).toBe(0)
  })

  it('is idle in local mode and pushes what was written there once a remote is set', async () => {
    const { db, remote, engine } = setup({ remote: null })
    await writeLocal(db, 'progress_events', event('a'))
    expect(await engine.syncNow()).toMatchObject({ ok: false, skipped: 'local' })
    expect((await statusWhere(engine, (s) => s.pending === 1)).state).toBe('local')
    engine.setRemote(remote)
    expect(await engine.syncNow()).toMatchObject({ ok: true, applied: 1 })
  })
})

describe('pull', () => {
  it('writes pulled rows without outbox entries, so they are never echoed back', async () => {
    const { db, remote, engine } = setup()
    remote.pages.push(
      page([{ table: 'progress_events', op: 'upsert', row: event('s1') }], 'c1', true),
      page([{ table: 'prompts', op: 'upsert', row: { id: 'p1', title: 'Shared' } }], 'c2'),
    )
    expect(await engine.syncNow()).toMatchObject({ ok: true, pulled: 2 })
    expect(await db.progress_events.get('s1')).toBeDefined()
    expect(await db.prompts.get('p1')).toMatchObject({ title: 'Shared' })
    expect(await db.outbox.count()).toBe(0)
    await engine.syncNow()
    expect(remote.pushCalls).toEqual([])
    expect(remote.pullCalls).toEqual([null, 'c1', 'c2'])
  })

  it('applies tombstones as deletes and replaces the singleton profile', async () => {
    const { db, remote, engine } = setup()
    await db.table('prompts').put({ id: 'p1', title: 'Old' })
    await db.profiles.put({ id: 'local-id', display_name: 'Kari', language: 'nb', updated_at: 'x' })
    remote.pages.push(
      page(
        [
          { table: 'prompts', op: 'delete', row: { id: 'p1' } },
          {
            table: 'profiles',
            op: 'upsert',
            row: { id: 'uid', display_name: 'Kari N', language: 'nb', updated_at: 'y' },
          },
        ],
        'c1',
      ),
    )
    await engine.syncNow()
    expect(await db.prompts.count()).toBe(0)
    expect(await db.profiles.toArray()).toEqual([
      expect.objectContaining({ id: 'uid', display_name: 'Kari N' }),
    ])
  })

  it('lets a pending local edit win over a pulled row until it is pushed', async () => {
    const { db } = setup()
    // A local write that lands between this run's push and its pull: still pending.
    await writeLocal(db, 'prompts', { id: 'p1', title: 'Local edit' })
    await writeLocal(db, 'profiles', {
      id: 'local-id',
      display_name: 'Local',
      language: 'en',
      updated_at: 'z',
    })
    await applyPage(
      db,
      [
        { table: 'prompts', op: 'upsert', row: { id: 'p1', title: 'Server' } },
        { table: 'prompts', op: 'upsert', row: { id: 'p2', title: 'Other' } },
        {
          table: 'profiles',
          op: 'upsert',
          row: { id: 'uid', display_name: 'Server', language: 'nb', updated_at: 'y' },
        },
      ],
      'c1',
    )
    expect(await db.prompts.get('p1')).toMatchObject({ title: 'Local edit' })
    expect(await db.prompts.get('p2')).toMatchObject({ title: 'Other' })
    expect(await db.profiles.toArray()).toEqual([
      expect.objectContaining({ id: 'local-id', display_name: 'Local' }),
    ])
    expect((await db.syncState.get('cursor'))?.value).toBe('c1')
    // Once pushed (entries gone), the server's version is taken.
    await db.outbox.clear()
    await applyPage(
      db,
      [
        { table: 'prompts', op: 'upsert', row: { id: 'p1', title: 'Local edit, rev 2' } },
        {
          table: 'profiles',
          op: 'upsert',
          row: { id: 'uid', display_name: 'Local', language: 'en', updated_at: 'z2' },
        },
      ],
      'c2',
    )
    expect(await db.prompts.get('p1')).toMatchObject({ title: 'Local edit, rev 2' })
    expect(await db.profiles.toArray()).toEqual([expect.objectContaining({ id: 'uid' })])
  })

  it('stores the cursor only after a page is applied', async () => {
    const { db, remote, engine } = setup()
    remote.pages.push(
      page([{ table: 'progress_events', op: 'upsert', row: event('s1') }], 'c1', true),
      new Error('server bug'),
    )
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await engine.syncNow()).toMatchObject({ ok: false, error: 'unknown' })
    errors.mockRestore()
    expect((await db.syncState.get('cursor'))?.value).toBe('c1')
    await engine.syncNow()
    expect(remote.pullCalls).toEqual([null, 'c1', 'c1'])
  })

  it('on reset drops server-derived rows but keeps rows with pending entries, and applies the page from scratch', async () => {
    const { db, remote, engine } = setup()
    await db.syncState.put({ key: 'cursor', value: 'old' })
    await db.table('progress_events').put(event('server-row'))
    await db.table('prompts').put({ id: 'gone', title: 'deleted long ago' })
    await writeLocal(db, 'progress_events', event('unpushed'))
    await applyPage(db, [{ table: 'progress_events', op: 'upsert', row: event('fresh') }], 'c0', {
      reset: true,
    })
    expect((await db.progress_events.toArray()).map((r) => r.id).sort()).toEqual([
      'fresh',
      'unpushed',
    ])
    expect(await db.prompts.count()).toBe(0)
    expect((await db.syncState.get('cursor'))?.value).toBe('c0')

    // Through the engine: a reset answer replaces the local server data with its pages.
    await db.outbox.clear()
    remote.pages.push(
      page([{ table: 'progress_events', op: 'upsert', row: event('again') }], 'c1', true, true),
      page([{ table: 'progress_events', op: 'upsert', row: event('more') }], 'c2'),
    )
    expect(await engine.syncNow()).toMatchObject({ ok: true, pulled: 2 })
    expect(remote.pullCalls).toEqual(['c0', 'c1'])
    expect((await db.progress_events.toArray()).map((r) => r.id).sort()).toEqual(['again', 'more'])
  })

  it('forgets server data on request (sign-out) but keeps unpushed writes', async () => {
    const { db, remote, engine } = setup()
    remote.pages.push(
      page([{ table: 'prompts', op: 'upsert', row: { id: 'p1', title: 'Shared' } }], 'c1'),
    )
    await engine.syncNow()
    remote.failPushes = 100
    await writeLocal(db, 'progress_events', event('mine'))
    await engine.forgetServerData()
    expect(await db.prompts.count()).toBe(0)
    expect(await db.progress_events.count()).toBe(1)
    remote.failPushes = 0
    await engine.syncNow()
    expect(remote.pullCalls.at(-1)).toBeNull()
  })

  it('deletes locally and pushes the delete', async () => {
    const { db, remote, engine } = setup()
    await writeLocal(db, 'prompts', { id: 'p1', title: 'x' })
    await deleteLocal(db, 'prompts', 'p1')
    await engine.syncNow()
    expect(remote.pushCalls.flat().map((m) => m.op)).toEqual(['upsert', 'delete'])
  })
})

describe('backoffDelay', () => {
  it('doubles from the base, caps at the maximum and jitters between half and all of it', () => {
    const policy = { ...defaultBackoff, baseMs: 1000, maxMs: 8000 }
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 0))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ])
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, () => 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ])
  })
})
