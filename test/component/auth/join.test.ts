import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import JoinPage from '@/pages/JoinPage.vue'
import { db } from '@/data/db'
import { SyncEngine } from '@/data/sync/engine'
import { useSessionStore } from '@/stores/session'
import { useSyncStatusStore } from '@/stores/syncStatus'
import type { Locale } from '@/data/repos/prefs.repo'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { MemoryRemote, testEnv } from '../sync/fakes'
import { MemoryAuthClient } from './memoryAuth'

let engine: SyncEngine | undefined

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})
afterEach(async () => {
  await engine?.stop()
  document.body.innerHTML = ''
})

async function mountJoin(options: { signedIn?: boolean; locale?: Locale } = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore(pinia)
  session.provideAuth(async () => new MemoryAuthClient(options.signedIn === false ? undefined : { id: 'u1', email: 'kari@firma.no' }))
  await session.ensureAuth()
  const remote = new MemoryRemote()
  engine = new SyncEngine({ db, remote, lock: null, env: testEnv(), backoff: { maxAttempts: 1 } })
  const sync = useSyncStatusStore(pinia)
  sync.connect(engine)
  if (session.signedIn) sync.setRemote(remote)
  const mounted = await mountWithApp(JoinPage, { pinia, locale: options.locale, path: '/join' })
  return { ...mounted, remote, session }
}

async function submit(wrapper: Awaited<ReturnType<typeof mountJoin>>['wrapper'], code: string) {
  await wrapper.get('#invite-code').setValue(code)
  await wrapper.get('form').trigger('submit')
}

describe('joining an organisation by invite code', () => {
  it('asks to sign in first when nobody is signed in: a "Logg inn" button, the primary action, and no form', async () => {
    const { wrapper } = await mountJoin({ signedIn: false })
    expect(wrapper.find('form').exists()).toBe(false)
    const button = wrapper.get('[data-testid="join-sign-in-first"] a')
    expect(button.attributes('href')).toBe('/sign-in')
    expect(button.text()).toBe('Logg inn')
    expect(button.classes()).toContain('button--primary')
  })

  it('in English: "Sign in"; once signed in, the form instead (issue 20, item 10)', async () => {
    const signedOut = await mountJoin({ signedIn: false, locale: 'en' })
    expect(signedOut.wrapper.get('[data-testid="join-sign-in-first"] a').text()).toBe('Sign in')
    signedOut.wrapper.unmount()
    await engine?.stop()
    const signedIn = await mountJoin({ locale: 'en' })
    expect(signedIn.wrapper.find('[data-testid="join-sign-in-first"]').exists()).toBe(false)
    expect(signedIn.wrapper.find('form #invite-code').exists()).toBe(true)
  })

  it('someone signed in who opens the page directly never sees the sign-in button while the session is restored', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const session = useSessionStore(pinia)
    let restore!: () => void
    const restored = new Promise<void>((resolve) => (restore = resolve))
    session.provideAuth(async () => {
      await restored
      return new MemoryAuthClient({ id: 'u1', email: 'kari@firma.no' })
    })
    const { wrapper } = await mountWithApp(JoinPage, { pinia, path: '/join' })
    expect(wrapper.find('[data-testid="join-sign-in-first"]').exists()).toBe(false)
    expect(wrapper.find('form').exists()).toBe(false)
    restore()
    await waitFor(() => wrapper.find('#invite-code').exists())
    expect(wrapper.find('[data-testid="join-sign-in-first"]').exists()).toBe(false)
  })

  it('explains a code that does not work (the server tells nobody why), and too many attempts', async () => {
    const { wrapper, remote } = await mountJoin()
    remote.invites.set('MANGE-1', 'too_many_attempts')

    await submit(wrapper, 'FINNES-IKKE')
    await waitFor(() => wrapper.get('[role="alert"]').text() !== '')
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Denne koden virker ikke. Sjekk at den er skrevet riktig, eller be den som inviterte deg, om en ny kode.',
    )
    expect(wrapper.get('#invite-code').attributes('aria-invalid')).toBe('true')

    await submit(wrapper, 'MANGE-1')
    await waitFor(() => wrapper.get('[role="alert"]').text().includes('For mange forsøk'))
    expect(await db.memberships.count()).toBe(0)
  })

  it('in English: the message for a code that does not work', async () => {
    const { wrapper } = await mountJoin({ locale: 'en' })
    await submit(wrapper, '  OLD-1 ')
    await waitFor(() => wrapper.get('[role="alert"]').text() !== '')
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'This code does not work. Check that it is typed correctly, or ask the person who invited you for a new code.',
    )
  })

  it('joins, syncs at once and shows the organisation by name; its roles reach the session', async () => {
    const { wrapper, remote, session } = await mountJoin()
    remote.invites.set('FJORD-2025', {
      organisationId: 'o1',
      changes: [
        { table: 'organisations', op: 'upsert', row: { id: 'o1', name: 'Fjord Bygg AS', min_group_size: 5, created_at: '2025-01-01' } },
        { table: 'memberships', op: 'upsert', row: { id: 'm1', user_id: 'u1', organisation_id: 'o1', roles: ['member', 'ambassador'], created_at: '2025-01-01' } },
      ],
    })
    await submit(wrapper, 'FJORD-2025')
    await waitFor(() => wrapper.find('[data-testid="joined"]').exists())
    await waitFor(() => wrapper.get('[data-testid="joined"]').text() === 'Du er med i Fjord Bygg AS')
    expect(document.activeElement).toBe(wrapper.get('[data-testid="joined"]').element)
    await waitFor(() => session.hasRole('ambassador'))
    expect(session.roles).toEqual(['ambassador'])
  })
})
