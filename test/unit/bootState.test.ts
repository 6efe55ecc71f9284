import { describe, expect, it, vi, beforeEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { BOOT_STATE_KEY, readBootState, writeBootState } from '@/data/bootState'
import { usePrefsStore } from '@/stores/prefs'
import { setPref } from '@/data/repos/prefs.repo'
import { db } from '@/data/db'

/** What a first visit reads: the preferences' defaults, and nothing known yet. */
const firstVisit = {
  locale: null,
  theme: 'system',
  onboarded: null,
  onboardingStep: null,
  hasActivity: null,
}

describe('boot copy of preferences', () => {
  it('starts from defaults on a first visit', () => {
    expect(readBootState()).toEqual(firstVisit)
  })

  it('keeps what is written and merges patches', () => {
    writeBootState({ locale: 'en' })
    writeBootState({ onboarded: true })
    writeBootState({ hasActivity: false, onboardingStep: 'role' })
    expect(readBootState()).toEqual({
      locale: 'en',
      theme: 'system',
      onboarded: true,
      onboardingStep: 'role',
      hasActivity: false,
    })
  })

  it('falls back field by field when the stored copy is corrupt or foreign', () => {
    localStorage.setItem(BOOT_STATE_KEY, '{not json')
    expect(readBootState()).toEqual(firstVisit)
    localStorage.setItem(
      BOOT_STATE_KEY,
      JSON.stringify({
        locale: 'sv',
        theme: 'dark',
        onboarded: 'yes',
        onboardingStep: 'lunch',
        hasActivity: 0,
      }),
    )
    expect(readBootState()).toEqual({ ...firstVisit, theme: 'dark' })
    localStorage.setItem(BOOT_STATE_KEY, 'null')
    expect(readBootState().theme).toBe('system')
  })

  it('does not throw when storage refuses to write', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(() => writeBootState({ theme: 'light' })).not.toThrow()
    spy.mockRestore()
  })
})

describe('prefs store and the boot copy', () => {
  beforeEach(async () => {
    setActivePinia(createPinia())
    await db.prefs.clear()
  })

  it('renders with the boot copy before IndexedDB is read', () => {
    writeBootState({ locale: 'en', theme: 'dark' })
    const prefs = usePrefsStore()
    expect(prefs.locale).toBe('en')
    expect(prefs.theme).toBe('dark')
  })

  it('takes IndexedDB as the truth on load and refreshes the copy', async () => {
    writeBootState({ locale: 'en', theme: 'dark', onboarded: true })
    await setPref('locale', 'nb')
    const prefs = usePrefsStore()
    await prefs.load()
    expect(prefs.locale).toBe('nb')
    expect(prefs.theme).toBe('system')
    expect(readBootState()).toEqual({
      locale: 'nb',
      theme: 'system',
      onboarded: true,
      onboardingStep: null,
      hasActivity: null,
    })
  })

  it('keeps a choice made while IndexedDB is being read', async () => {
    await setPref('theme', 'dark')
    const prefs = usePrefsStore()
    const loading = prefs.load()
    await prefs.setLocale('en')
    await loading
    expect(prefs.locale).toBe('en')
    expect(prefs.theme).toBe('dark')
    expect(readBootState()).toMatchObject({ locale: 'en', theme: 'dark' })
  })

  it('writes a change to both the copy and IndexedDB', async () => {
    const prefs = usePrefsStore()
    await prefs.setLocale('en')
    await prefs.setTheme('light')
    expect(readBootState()).toMatchObject({ locale: 'en', theme: 'light' })
    expect(await db.prefs.get('locale')).toEqual({ key: 'locale', value: 'en' })
    expect(await db.prefs.get('theme')).toEqual({ key: 'theme', value: 'light' })
  })
})
