import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { flushPromises } from '@vue/test-utils'
import SyncStatus from '@/components/SyncStatus.vue'
import { db } from '@/data/db'
import { saveWithOutbox } from '@/data/repos/outbox'
import { saveProfile } from '@/data/repos/profile.repo'
import { RemoteUnavailableError } from '@/data/remote/types'
import { SyncEngine } from '@/data/sync/engine'
import { useSyncStatusStore } from '@/stores/syncStatus'
import type { Locale } from '@/data/repos/prefs.repo'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { MemoryRemote, testEnv } from './fakes'

let engine: SyncEngine | undefined

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})
afterEach(async () => {
  await engine?.stop()
  document.body.innerHTML = ''
})

/** A real engine (not started: no timers, this test decides when to sync) behind the real store. */
async function setup(options: { remote?: MemoryRemote | null; online?: boolean; locale?: Locale } = {}) {
  const remote = options.remote === undefined ? new MemoryRemote() : options.remote
  engine = new SyncEngine({
    db,
    remote,
    lock: null,
    env: testEnv(options.online ?? true),
    backoff: { maxAttempts: 1 },
  })
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useSyncStatusStore(pinia)
  store.connect(engine)
  if (remote) store.setRemote(remote)
  const mounted = await mountWithApp(SyncStatus, { pinia, locale: options.locale })
  return { ...mounted, remote: remote!, store }
}

const quizAnswer = () => ({
  id: crypto.randomUUID(),
  lesson_id: 'l1',
  question_id: 'q1',
  choice_id: 'a',
  correct: true,
  answered_at: new Date().toISOString(),
})

function label(wrapper: Awaited<ReturnType<typeof setup>>['wrapper']) {
  const button = wrapper.find('[data-testid="sync-status"]')
  return button.exists() ? button.text() : null
}

async function openSheet(wrapper: Awaited<ReturnType<typeof setup>>['wrapper']) {
  await wrapper.get('[data-testid="sync-status"]').trigger('click')
  // The sheet is loaded on first tap (a lazy chunk): slower when many test files run at once.
  await waitFor(() => document.querySelector('[data-testid="sync-sheet"]') !== null, 10_000)
  return document.querySelector<HTMLElement>('[data-testid="sync-sheet"]')!
}

function buttonIn(root: HTMLElement, name: string) {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)
  if (!button) throw new Error(`no button "${name}" in: ${root.textContent}`)
  return button
}

describe('SyncStatus in the top bar', () => {
  it('shows nothing about sync in local mode (no Remote), only the quiet offline indicator', async () => {
    const { wrapper } = await setup({ remote: null })
    await saveProfile({ displayName: 'Kari', language: 'nb' })
    await flushPromises()
    expect(label(wrapper)).toBeNull()
    expect(wrapper.text()).not.toContain('venter')
  })

  it('labels each state in bokmål: synced, waiting, offline, error', async () => {
    const { wrapper, remote } = await setup()
    await waitFor(() => label(wrapper)?.includes('Synkronisert') === true)

    await saveProfile({ displayName: 'Kari', language: 'nb' })
    await saveWithOutbox(db.quiz_answers, quizAnswer())
    await waitFor(() => label(wrapper)?.includes('2 venter') === true)

    remote.failNextPush = new RemoteUnavailableError('down')
    await engine!.syncNow()
    await waitFor(() => label(wrapper)?.includes('Feil') === true)
    expect(wrapper.get('[role="status"]').text()).toContain('Synkroniseringen mislyktes')

    await engine!.syncNow()
    await waitFor(() => label(wrapper)?.includes('Synkronisert') === true)
    expect(remote.pushed.map((m) => m.table).sort()).toEqual(['profiles', 'quiz_answers'])
  })

  it('says "Uten nett" offline, and the same states in English', async () => {
    const offline = await setup({ online: false })
    await waitFor(() => label(offline.wrapper)?.includes('Uten nett') === true)
    offline.wrapper.unmount()
    await engine!.stop()

    const { wrapper } = await setup({ locale: 'en' })
    await waitFor(() => label(wrapper)?.includes('Synced') === true)
    await saveProfile({ displayName: 'Kari', language: 'en' })
    await waitFor(() => label(wrapper)?.includes('1 waiting') === true)
  })

  it('lists a refused change with its reason in plain words, and can try it again', async () => {
    const { wrapper, remote } = await setup()
    remote.rejectTables.set('quiz_answers', 'forbidden_author')
    await saveWithOutbox(db.quiz_answers, quizAnswer())
    await engine!.syncNow()
    await waitFor(() => label(wrapper)?.includes('1 avvist') === true)

    const sheet = await openSheet(wrapper)
    const list = sheet.querySelector('[data-testid="rejected-list"]')!
    expect(list.textContent).toContain('Et quizsvar')
    expect(list.textContent).toContain('Bare den som skrev dette, kan endre det.')
    // Never dropped by itself: it is still in the outbox, marked with its reason.
    expect((await db.outbox.toArray()).map((e) => [e.state, e.reason])).toEqual([
      ['rejected', 'forbidden_author'],
    ])

    remote.rejectTables.clear()
    buttonIn(sheet, 'Prøv igjen').click()
    await waitFor(() => remote.pushed.length === 1)
    await waitFor(() => sheet.querySelector('[data-testid="rejected-list"]') === null)
    expect(await db.outbox.count()).toBe(0)
  })

  it('discards a refused change only when the person asks', async () => {
    const { wrapper, remote } = await setup()
    remote.rejectTables.set('quiz_answers', 'some_new_reason')
    await saveWithOutbox(db.quiz_answers, quizAnswer())
    await engine!.syncNow()
    const sheet = await openSheet(wrapper)
    await waitFor(() => sheet.textContent?.includes('uten en kjent grunn') === true)
    buttonIn(sheet, 'Forkast endringen').click()
    await waitFor(() => sheet.textContent?.includes('Endringen er forkastet.') === true)
    expect(await db.outbox.count()).toBe(0)
    expect(remote.pushed).toEqual([])
  })

  it('"Sync now" runs the engine, shows the waiting count and last sync time, and Escape closes', async () => {
    const { wrapper, remote } = await setup()
    await saveProfile({ displayName: 'Kari', language: 'nb' })
    await waitFor(() => label(wrapper)?.includes('1 venter') === true)
    const sheet = await openSheet(wrapper)
    expect(sheet.querySelector('[data-testid="sync-pending"]')!.textContent).toBe('1 endring')
    expect(sheet.textContent).toContain('Ikke ennå')

    buttonIn(sheet, 'Synkroniser nå').click()
    await waitFor(() => sheet.textContent?.includes('Ferdig synkronisert.') === true)
    expect(remote.pushCalls).toBe(1)
    // The status follows the outbox and the stored run through liveQuery.
    await waitFor(() => !sheet.textContent?.includes('Ikke ennå'))
    expect(sheet.querySelector('[data-testid="sync-pending"]')!.textContent).toBe('0 endringer')
    await waitFor(() => label(wrapper)?.includes('Synkronisert') === true)

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await waitFor(() => document.querySelector('[data-testid="sync-sheet"]') === null)
    expect(wrapper.get('[data-testid="sync-status"]').attributes('aria-expanded')).toBe('false')
  })
})
