import { afterEach, describe, expect, it, vi } from 'vitest'
import { SyncEngine, type SyncEngineOptions } from '@/data/sync/engine'
import { SyncScheduler } from '@/data/sync/scheduler'
import type { LoftDb } from '@/data/db'
import { FakeLocks, ScriptedRemote } from './fakes'
import { deviceDb, manualEnv, writeLocal } from './helpers'

const engines: SyncEngine[] = []
const dbs: LoftDb[] = []

afterEach(async () => {
  for (const engine of engines.splice(0)) await engine.stop()
  for (const db of dbs.splice(0)) await db.delete()
  vi.useRealTimers()
})

function engineFor(db: LoftDb, options: Partial<SyncEngineOptions>) {
  const remote = new ScriptedRemote()
  const engine = new SyncEngine({ db, remote, env: manualEnv(), sleep: async () => {}, ...options })
  engines.push(engine)
  return { engine, remote }
}

describe('SyncScheduler', () => {
  it('syncs on start, on online, on visible, after a burst of writes and periodically — never offline', () => {
    vi.useFakeTimers()
    const env = manualEnv()
    const sync = vi.fn()
    const scheduler = new SyncScheduler({ sync, env, intervalMs: 60_000, debounceMs: 1000 })
    scheduler.start()
    expect(sync).toHaveBeenCalledTimes(1)
    env.becomeVisible()
    expect(sync).toHaveBeenCalledTimes(2)
    scheduler.localWrite()
    vi.advanceTimersByTime(500)
    scheduler.localWrite() // restarts the quiet period
    vi.advanceTimersByTime(999)
    expect(sync).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(1)
    expect(sync).toHaveBeenCalledTimes(3)
    vi.advanceTimersByTime(60_000)
    expect(sync).toHaveBeenCalledTimes(4)
    env.goOffline()
    scheduler.localWrite()
    env.becomeVisible()
    vi.advanceTimersByTime(120_000)
    expect(sync).toHaveBeenCalledTimes(4)
    env.goOnline()
    expect(sync).toHaveBeenCalledTimes(5)
    scheduler.stop()
    env.goOnline()
    vi.advanceTimersByTime(120_000)
    expect(sync).toHaveBeenCalledTimes(5)
  })
})

describe('leader election', () => {
  it('lets one tab sync; the next takes over when the leader stops', async () => {
    const locks = new FakeLocks()
    const db = deviceDb('tabs')
    dbs.push(db)
    const tab1 = engineFor(db, { lock: locks.manager, intervalMs: 3_600_000 })
    const tab2 = engineFor(db, { lock: locks.manager, intervalMs: 3_600_000 })
    tab1.engine.start()
    tab2.engine.start()
    await vi.waitFor(() => expect(tab1.engine.isLeader).toBe(true))
    expect(tab2.engine.isLeader).toBe(false)
    expect(await tab2.engine.syncNow()).toMatchObject({ ok: false, skipped: 'follower' })
    await tab1.engine.stop()
    await vi.waitFor(() => expect(tab2.engine.isLeader).toBe(true))
    expect(await tab2.engine.syncNow()).toMatchObject({ ok: true })
  })

  it('runs directly when the browser has no Web Locks', () => {
    const db = deviceDb('nolocks')
    dbs.push(db)
    const { engine } = engineFor(db, { lock: null, intervalMs: 3_600_000 })
    engine.start()
    expect(engine.isLeader).toBe(true)
  })

  it('the leader pushes soon after a write made in another tab', async () => {
    const db = deviceDb('watch')
    dbs.push(db)
    const { engine, remote } = engineFor(db, { lock: null, debounceMs: 20, intervalMs: 3_600_000 })
    engine.start()
    await vi.waitFor(() => expect(remote.pullCalls.length).toBeGreaterThan(0)) // the start sync
    // Another tab shares the database: a second Dexie instance on the same name.
    const otherTab = new (db.constructor as new (name: string) => LoftDb)(db.name)
    await writeLocal(otherTab, 'progress_events', {
      id: 'e1',
      lesson_id: 'l',
      kind: 'completed',
      occurred_at: 'x',
    })
    await vi.waitFor(() => expect(remote.pushCalls.flat().map((m) => m.id)).toHaveLength(1), {
      timeout: 3000,
    })
    expect(await db.outbox.count()).toBe(0)
    otherTab.close()
  })
})

describe('status', () => {
  it('moves local → pending → synced, and shows offline', async () => {
    const db = deviceDb('status')
    dbs.push(db)
    const env = manualEnv()
    const { engine, remote } = engineFor(db, { remote: null, env, lock: null })
    const seen: string[] = []
    engine.subscribe((s) => {
      if (seen.at(-1) !== s.state) seen.push(s.state)
    })
    await writeLocal(db, 'progress_events', {
      id: 'e1',
      lesson_id: 'l',
      kind: 'completed',
      occurred_at: 'x',
    })
    await vi.waitFor(() => expect(engine.getStatus().pending).toBe(1))
    expect(engine.getStatus().state).toBe('local')
    engine.setRemote(remote)
    expect(engine.getStatus().state).toBe('pending')
    await engine.syncNow()
    await vi.waitFor(() => expect(engine.getStatus().state).toBe('synced'))
    env.online = false
    engine.start() // listens to connectivity from here on
    env.goOffline()
    expect(engine.getStatus().state).toBe('offline')
    // 'syncing' may be too brief for liveQuery to show; the rest comes in this order.
    expect(seen.filter((s) => s !== 'syncing')).toEqual(['local', 'pending', 'synced', 'offline'])
  })
})
