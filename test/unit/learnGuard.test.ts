import { beforeEach, describe, expect, it, vi } from 'vitest'
import { routes } from '@/modules/router'
import { db } from '@/data/db'
import { readBootState, writeBootState } from '@/data/bootState'
import { saveOnboarding } from '@/data/repos/onboarding.repo'

const learn = routes.find((r) => r.name === 'learn')!
const enter = () => (learn.beforeEnter as () => Promise<true | string> | true | string)()

describe('the Learn page guard', () => {
  beforeEach(async () => {
    await db.prefs.clear()
  })

  it('sends a very first start to onboarding without asking IndexedDB', () => {
    expect(enter()).toBe('/onboarding') // synchronous: the page can render before the first frame
    expect(readBootState().onboarded).toBeNull()
  })

  it('sends a learner the boot copy knows to be in onboarding back there without asking IndexedDB', () => {
    writeBootState({ locale: 'nb', onboarded: false })
    expect(enter()).toBe('/onboarding')
  })

  it('asks IndexedDB when the boot copy does not say, and remembers the answer', async () => {
    writeBootState({ locale: 'nb' })
    await saveOnboarding({ step: 'role' })
    const answer = enter()
    expect(answer).toBeInstanceOf(Promise)
    expect(await answer).toBe('/onboarding')
    expect(readBootState().onboarded).toBe(false)
  })

  it('lets a settled learner in and remembers it in the boot copy', async () => {
    writeBootState({ locale: 'nb' }) // not a first start: the prefs store has written its copy
    await saveOnboarding({ status: 'skipped' })
    expect(await enter()).toBe(true)
    expect(readBootState().onboarded).toBe(true)
  })

  it('loads the database at once when it must ask, though main.ts holds it until the first paint', async () => {
    vi.resetModules() // a page load: the database not loaded yet, and held
    const { holdDatabaseUntil } = await import('@/data/openDb')
    const fresh = (await import('@/modules/router')).routes.find((r) => r.name === 'learn')!
    holdDatabaseUntil(new Promise(() => {})) // nothing has painted: the guard blocks the first page
    writeBootState({ locale: 'nb' })
    const answer = (fresh.beforeEnter as () => Promise<true | string>)()
    const late = new Promise((resolve) => setTimeout(() => resolve('still held'), 2000))
    expect(await Promise.race([answer, late])).toBe('/onboarding')
  })

  it('trusts the boot copy without asking IndexedDB', async () => {
    writeBootState({ onboarded: true })
    expect(enter()).toBe(true) // synchronous: no IndexedDB read on the way to the first paint
  })
})
