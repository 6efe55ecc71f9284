import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import SettingsPage from '@/pages/SettingsPage.vue'
import { db } from '@/data/db'
import { useSessionStore } from '@/stores/session'
import { mountWithApp } from '../../helpers/mount'
import { MemoryAuthClient } from './memoryAuth'

// Settings is where a person looks for their account: sign-in comes first, never a promise of
// sign-in without a way to do it, and a member isn't pressed to join again (issue 20 items 7, 10).
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})
afterEach(() => {
  document.body.innerHTML = ''
})

async function mountSettings(options: { auth?: boolean; locale?: 'nb' | 'en' } = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore(pinia)
  if (options.auth) session.provideAuth(async () => new MemoryAuthClient())
  const mounted = await mountWithApp(SettingsPage, { pinia, locale: options.locale ?? 'nb', path: '/settings' })
  return { ...mounted, session }
}

describe('Settings: the account section', () => {
  it('comes before the other settings, with a sign-in button when sign-in is possible', async () => {
    const { wrapper } = await mountSettings({ auth: true })
    const headings = wrapper.findAll('h2, legend').map((h) => h.text())
    expect(headings[0]).toBe('Tilkobling')
    expect(wrapper.get('a[href="/sign-in"]').text()).toBe('Logg inn')
    expect(wrapper.get('[data-testid="local-mode"]').text()).toContain('Logg inn for å synkronisere')
  })

  it.each([
    ['nb', 'ikke koblet til en server'],
    ['en', 'not connected to a server'],
  ] as const)('without a server (%s) says so and promises no sign-in', async (locale, words) => {
    const { wrapper } = await mountSettings({ locale })
    expect(wrapper.get('[data-testid="local-mode"]').text()).toContain(words)
    expect(wrapper.get('[data-testid="local-mode"]').text()).not.toMatch(/Logg inn for|Sign in to/)
    expect(wrapper.find('a[href="/sign-in"]').exists()).toBe(false)
  })
})
