import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'

/*
 * The database module (Dexie + schema) is a lazy chunk, loaded by openDb() (src/data/openDb.ts).
 * Each test gets fresh modules, so openDb's state (loaded, held) starts as on a page load.
 */
beforeEach(() => {
  vi.resetModules()
})

async function fresh() {
  const loader = await import('@/data/openDb')
  const { db } = await import('@/data/db')
  return { ...loader, db }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

async function until(check: () => boolean, timeout = 2000) {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out')
    await settle()
  }
}

describe('openDb', () => {
  it('loads the database once; loadedDb() has it only from then on', async () => {
    const { openDb, loadedDb, db } = await fresh()
    expect(loadedDb()).toBeUndefined()
    const [first, second] = await Promise.all([openDb(), openDb()])
    expect(first).toBe(db)
    expect(second).toBe(db)
    expect(loadedDb()).toBe(db)
  })

  it('waits for the hold (the first paint), unless a guard needs the database now', async () => {
    const { openDb, holdDatabaseUntil } = await fresh()
    let painted!: () => void
    holdDatabaseUntil(new Promise<void>((resolve) => (painted = resolve)))
    let opened = false
    void openDb().then(() => (opened = true))
    await settle()
    expect(opened).toBe(false)
    painted()
    await until(() => opened)

    vi.resetModules()
    const again = await fresh()
    again.holdDatabaseUntil(new Promise(() => {}))
    let openedEarly = false
    void again.openDb().then(() => (openedEarly = true))
    await settle()
    expect(openedEarly).toBe(false)
    again.loadDatabaseNow()
    await until(() => openedEarly)
  })

  it('a failed hold still loads the database', async () => {
    const { openDb, holdDatabaseUntil, db } = await fresh()
    holdDatabaseUntil(Promise.reject(new Error('no paint timing')))
    expect(await openDb()).toBe(db)
  })
})

describe('repos and useLiveQuery with the lazy database', () => {
  it('a query started before the database has loaded subscribes once it has, and follows changes', async () => {
    const { db } = await fresh()
    await db.memberships.clear()
    await db.organisations.clear()
    const { useLiveQuery } = await import('@/composables/useLiveQuery')
    const { getMemberships } = await import('@/data/repos/membership.repo')
    const { loadedDb } = await import('@/data/openDb')
    expect(loadedDb()).toBeUndefined()

    const scope = effectScope()
    const result = scope.run(() => useLiveQuery(() => getMemberships('u1')))!
    expect(result.loading.value).toBe(true)
    await until(() => result.data.value !== undefined)
    expect(result.data.value).toEqual([])

    await db.memberships.put({
      id: 'm1',
      user_id: 'u1',
      organisation_id: 'o1',
      roles: ['member'],
    } as never)
    await until(() => result.data.value?.length === 1)
    // The organisations table is read after two queries: still observed (no await between the
    // repo's start and its first Dexie call once the database has loaded).
    await db.organisations.put({ id: 'o1', name: 'Fjord AS' } as never)
    await until(() => result.data.value?.[0]?.organisationName === 'Fjord AS')
    // A change to a row already read (same index value) is seen too.
    await db.memberships.put({
      id: 'm1',
      user_id: 'u1',
      organisation_id: 'o1',
      roles: ['member', 'hr'],
    } as never)
    await until(() => result.data.value?.[0]?.roles.includes('hr') === true)
    scope.stop()
  })

  it('a query stopped before the database has loaded never subscribes', async () => {
    const { openDb, holdDatabaseUntil, loadDatabaseNow } = await fresh()
    holdDatabaseUntil(new Promise(() => {}))
    const { useLiveQuery } = await import('@/composables/useLiveQuery')
    const querier = vi.fn(async () => 1)
    const scope = effectScope()
    scope.run(() => useLiveQuery(querier))
    scope.stop()
    loadDatabaseNow()
    await openDb()
    await settle()
    expect(querier).not.toHaveBeenCalled()
  })
})

describe('the boot copy\'s "nothing to chart on Me" is forgotten by any change that may add some', () => {
  it('a local write (it always has an outbox entry)', async () => {
    const { openDb } = await fresh()
    ;(await import('@/features/growth/activityFlag')).installActivityFlag()
    await openDb()
    const { readBootState, writeBootState } = await import('@/data/bootState')
    const { recordLessonStarted } = await import('@/data/repos/progress.repo')
    writeBootState({ hasActivity: false })
    await recordLessonStarted('data-rules')
    expect(readBootState().hasActivity).toBeNull()
  })

  it('rows pulled from the server', async () => {
    const { openDb } = await fresh()
    ;(await import('@/features/growth/activityFlag')).installActivityFlag()
    const db = await openDb()
    const { readBootState, writeBootState } = await import('@/data/bootState')
    const { applyPage } = await import('@/data/sync/apply')
    writeBootState({ hasActivity: false })
    await applyPage(db, [], 'c0')
    expect(readBootState().hasActivity).toBe(false) // nothing came
    const row = {
      id: 'e1',
      lesson_id: 'data-rules',
      kind: 'completed',
      occurred_at: new Date().toISOString(),
    }
    await applyPage(db, [{ table: 'progress_events', op: 'upsert', row }], 'c1')
    expect(readBootState().hasActivity).toBeNull()
  })
})
