import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import SignInPage from '@/pages/SignInPage.vue'
import SettingsPage from '@/pages/SettingsPage.vue'
import { db } from '@/data/db'
import { openDb } from '@/data/openDb'
import { saveWithOutbox } from '@/data/repos/outbox'
import { SyncEngine } from '@/data/sync/engine'
import { RemoteUnavailableError } from '@/data/remote/types'
import { useSessionStore } from '@/stores/session'
import { useSyncStatusStore } from '@/stores/syncStatus'
import type { Locale } from '@/data/repos/prefs.repo'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { MemoryRemote, testEnv } from '../sync/fakes'
import { MemoryAuthClient } from './memoryAuth'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  setOnline(true)
})
afterEach(() => {
  document.body.innerHTML = ''
  setOnline(true)
})

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online })
  window.dispatchEvent(new Event(online ? 'online' : 'offline'))
}

async function mountSignIn(auth: MemoryAuthClient | null, locale: Locale = 'nb') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const session = useSessionStore(pinia)
  if (auth) session.provideAuth(async () => auth)
  const mounted = await mountWithApp(SignInPage, { pinia, locale, path: '/sign-in' })
  return { ...mounted, session }
}

describe('sign-in with an e-mail code', () => {
  it('explains local mode instead of a form when no server is configured', async () => {
    const { wrapper } = await mountSignIn(null)
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.get('[data-testid="sign-in-local-mode"]').text()).toContain('lokal modus')
  })

  it('rejects an invalid e-mail before sending anything', async () => {
    const auth = new MemoryAuthClient()
    const { wrapper } = await mountSignIn(auth)
    await wrapper.get('input[type="email"]').setValue('kari.nordmann')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[role="alert"]').text()).toContain('Skriv inn en gyldig e-postadresse')
    expect(auth.sent).toEqual([])
  })

  it('shows a clear error for a wrong code, then signs in with the right one', async () => {
    const auth = new MemoryAuthClient()
    const { wrapper, session } = await mountSignIn(auth)
    await wrapper.get('input[type="email"]').setValue(' kari@firma.no ')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.find('#sign-in-code').exists())
    expect(auth.sent).toEqual(['kari@firma.no'])
    const codeInput = wrapper.get('#sign-in-code')
    expect(codeInput.attributes('inputmode')).toBe('numeric')
    expect(codeInput.attributes('autocomplete')).toBe('one-time-code')
    expect(document.activeElement).toBe(codeInput.element)

    await codeInput.setValue('654 321')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.get('[role="alert"]').text() !== '')
    expect(wrapper.get('[role="alert"]').text()).toContain('Koden stemmer ikke, eller den har gått ut')
    expect(session.signedIn).toBe(false)

    await wrapper.get('#sign-in-code').setValue('123 456')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.find('[data-testid="signed-in-as"]').exists())
    expect(wrapper.get('[data-testid="signed-in-as"]').text()).toBe('Logget inn som kari@firma.no.')
    expect(session.userId).toBe('user-kari@firma.no')
    expect(wrapper.get('a[href="/join"]').text()).toBe('Bli med i organisasjonen din')
  })

  it('says that a network is needed when offline, in English, and sends nothing', async () => {
    const auth = new MemoryAuthClient()
    const { wrapper } = await mountSignIn(auth, 'en')
    setOnline(false)
    await wrapper.get('input[type="email"]').setValue('kari@firma.no')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.get('[role="alert"]').text() !== '')
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'You need a network to sign in — everything you do is still saved on this phone.',
    )
    expect(auth.sent).toEqual([])
  })

  it('does not clear what was done in local mode when signing in', async () => {
    await saveWithOutbox(db.quiz_answers, {
      id: 'local-answer',
      lesson_id: 'l1',
      question_id: 'q1',
      choice_id: 'a',
      correct: true,
      answered_at: new Date().toISOString(),
    })
    const auth = new MemoryAuthClient()
    const { wrapper } = await mountSignIn(auth)
    await wrapper.get('input[type="email"]').setValue('kari@firma.no')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.find('#sign-in-code').exists())
    await wrapper.get('#sign-in-code').setValue('123456')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.find('[data-testid="signed-in-as"]').exists())
    expect(await db.quiz_answers.get('local-answer')).toBeDefined()
    expect(await db.outbox.count()).toBe(1)
  })
})

describe('sign-out in Settings', () => {
  it('asks first, tries to sync, forgets server data and keeps work that has not reached the server', async () => {
    // The session's roles come from a liveQuery, which sees changes only once the database has
    // loaded (src/data/openDb.ts); alone in a run, nothing else would have loaded it.
    await openDb()
    const pinia = createPinia()
    setActivePinia(pinia)
    const auth = new MemoryAuthClient({ id: 'u1', email: 'kari@firma.no' })
    const session = useSessionStore(pinia)
    session.provideAuth(async () => auth)
    await session.ensureAuth()
    const remote = new MemoryRemote()
    const engine = new SyncEngine({ db, remote, lock: null, env: testEnv(), backoff: { maxAttempts: 1 } })
    const sync = useSyncStatusStore(pinia)
    sync.connect(engine)
    sync.setRemote(remote)

    // Server data on the device; one change the server refused; one it cannot take right now.
    await db.organisations.put({ id: 'o1', name: 'Fjord AS', min_group_size: 5, created_at: '2025-01-01' })
    await db.memberships.put({ id: 'm1', user_id: 'u1', organisation_id: 'o1', roles: ['member', 'hr'], created_at: '2025-01-01' })
    const answer = (id: string) => ({
      id, lesson_id: 'l1', question_id: 'q1', choice_id: 'a', correct: true, answered_at: '2025-01-02',
    })
    remote.rejectTables.set('quiz_answers', 'forbidden')
    await saveWithOutbox(db.quiz_answers, answer('refused'))
    await engine.syncNow()
    remote.rejectTables.clear()
    await saveWithOutbox(db.quiz_answers, answer('mine'))
    remote.failNextPush = new RemoteUnavailableError('server down')
    await waitFor(() => session.hasRole('hr'))

    const { wrapper } = await mountWithApp(SettingsPage, { pinia, path: '/settings' })
    await waitFor(() => wrapper.find('[data-testid="account"]').exists())
    expect(wrapper.get('[data-testid="account"]').text()).toContain('Fjord AS')
    // A member is not pressed to join again: a quiet link for a second organisation.
    expect(wrapper.get('a[href="/join"]').text()).toBe('Har du en kode til en annen organisasjon?')
    expect(wrapper.get('a[href="/join"]').classes()).not.toContain('button')
    // The button is loaded on demand (only someone signed in has it).
    await waitFor(() => wrapper.find('[data-testid="sign-out"]').exists())
    await wrapper.get('[data-testid="sign-out"]').trigger('click')
    await waitFor(() => document.body.textContent?.includes('Logge ut på denne telefonen?') === true)
    const confirm = [...document.querySelectorAll('[role="alertdialog"] button')].find(
      (b) => b.textContent?.trim() === 'Logg ut',
    ) as HTMLButtonElement
    confirm.click()

    await waitFor(() => !session.signedIn)
    await vi.waitFor(async () => expect(await db.organisations.count()).toBe(0))
    expect(remote.pushCalls).toBe(2) // tried to sync before signing out
    expect(remote.pushed).toEqual([])
    expect(sync.connected).toBe(false)
    expect(session.roles).toEqual([])
    expect(await db.memberships.count()).toBe(0)
    // Work that never reached the server stays: the waiting row and its entry, and the refused
    // row and entry for the person to see, retry or discard.
    expect((await db.quiz_answers.toArray()).map((r) => r.id).sort()).toEqual(['mine', 'refused'])
    expect((await db.outbox.toArray()).map((e) => [e.row.id, e.state])).toEqual([
      ['refused', 'rejected'],
      ['mine', 'pending'],
    ])
    await engine.stop()
  })
})
