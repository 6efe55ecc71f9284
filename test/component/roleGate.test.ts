import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import RoleGate from '@/components/RoleGate.vue'
import { db } from '@/data/db'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../helpers/mount'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'

const HrSection = defineComponent(
  () => () =>
    h(RoleGate, { role: 'hr' }, { default: () => h('p', { 'data-testid': 'figures' }, 'Tall') }),
)

async function mountConnected(locale: 'nb' | 'en' = 'nb') {
  // A connected build starts with who-is-signed-in unknown (the store reads the build's env).
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore(pinia)
  session.identityKnown = false
  const mounted = await mountWithApp(HrSection, { pinia, locale, path: '/insights' })
  return { ...mounted, session }
}

const text = (wrapper: { text(): string }) => wrapper.text()

/** The person's membership of ORG as sync stores it on the device. */
function storeMembership(roles: string[]) {
  return db.memberships.put({
    id: crypto.randomUUID(),
    user_id: ME,
    organisation_id: ORG,
    roles,
    created_at: '2025-10-01T00:00:00.000Z',
    department_id: null,
  } as never)
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('RoleGate', () => {
  it('in local mode answers at once: the "only for HR" card for someone without the role', async () => {
    const { wrapper } = await mountWithApp(HrSection, { path: '/insights' })
    expect(text(wrapper)).toContain('Denne delen er for HR')
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('while the session is unknown shows a neutral status, neither the card nor the section', async () => {
    const { wrapper, session } = await mountConnected()
    expect(wrapper.get('[role="status"]').text()).toBe('Sjekker tilgangen din …')
    expect(text(wrapper)).not.toContain('Denne delen er for HR')
    expect(wrapper.find('[data-testid="figures"]').exists()).toBe(false)

    // Nobody to restore on this device: the card, at once.
    session.restoreCachedAccount(null)
    await waitFor(() => text(wrapper).includes('Denne delen er for HR'))
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('a restored HR lead goes from the status straight to the section, never through the card', async () => {
    await storeMembership(['member', 'hr'])
    const { wrapper, session } = await mountConnected('en')
    expect(wrapper.get('[role="status"]').text()).toBe('Checking your access …')
    const seen: string[] = []
    const stop = setInterval(() => seen.push(text(wrapper)), 1)
    // The account this device last had, before the auth client (and supabase-js) has loaded.
    session.restoreCachedAccount({ id: ME, email: 'ingrid@example.no' })
    expect(session.userId).toBe(ME)
    await waitFor(() => wrapper.find('[data-testid="figures"]').exists())
    clearInterval(stop)
    seen.push(text(wrapper))
    expect(seen.some((s) => s.includes('This section is for HR'))).toBe(false)
  })

  it('a signed-in person without the role gets the card once their memberships are read', async () => {
    await storeMembership(['member'])
    const { wrapper, session } = await mountConnected()
    session.userId = ME
    session.identityKnown = true
    await waitFor(() => text(wrapper).includes('Denne delen er for HR'))
    expect(wrapper.find('[data-testid="figures"]').exists()).toBe(false)
  })

  it('the cached account does not override a session the client is already restoring', async () => {
    const { session } = await mountConnected()
    session.provideAuth(
      async () =>
        ({
          currentUser: async () => ({ id: ME, email: null }),
          onChange: () => undefined,
        }) as never,
    )
    const restoring = session.ensureAuth()
    session.restoreCachedAccount(null)
    session.restoreCachedAccount({ id: 'someone-else', email: null })
    expect(session.identityKnown).toBe(false)
    expect(session.userId).toBeNull()
    await restoring
    expect(session.identityKnown).toBe(true)
    expect(session.userId).toBe(ME)
  })
})
