import { beforeEach, describe, expect, it } from 'vitest'
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

  it('sends a first visit to onboarding', async () => {
    expect(await enter()).toBe('/onboarding')
    expect(readBootState().onboarded).toBe(false)
  })

  it('lets a settled learner in and remembers it in the boot copy', async () => {
    await saveOnboarding({ status: 'skipped' })
    expect(await enter()).toBe(true)
    expect(readBootState().onboarded).toBe(true)
  })

  it('trusts the boot copy without asking IndexedDB', async () => {
    writeBootState({ onboarded: true })
    expect(enter()).toBe(true) // synchronous: no IndexedDB read on the way to the first paint
  })
})
