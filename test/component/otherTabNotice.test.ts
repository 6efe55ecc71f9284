import { beforeEach, describe, expect, it } from 'vitest'
import { createRouter, createMemoryHistory } from 'vue-router'
import App from '@/App.vue'
import { db } from '@/data/db'
import { notifyDatabaseEvent } from '@/data/databaseEvents'
import { install as installPwa } from '@/modules/pwa'
import { useAppUpdateStore } from '@/stores/appUpdate'
import { mountWithApp, waitFor } from './../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const notice = () => document.body.querySelector('[data-testid="other-tab-notice"]')

describe('another tab changed what this one runs on', () => {
  it('a newer database in another tab: says so, offers a reload, and hides the passing notes', async () => {
    const { wrapper, pinia } = await mountWithApp(App)
    installPwa(createRouter({ history: createMemoryHistory(), routes: [] }), pinia, Promise.resolve())
    const store = useAppUpdateStore(pinia)
    store.markOfflineReady()
    notifyDatabaseEvent('superseded')
    expect(store.otherTab).toBe('superseded')
    expect(store.offlineReady).toBe(false)
    await waitFor(() => notice() !== null, 15000)
    expect(notice()!.textContent).toContain('En nyere Løft er åpen i en annen fane')
    expect(notice()!.textContent).toContain('Det du har skrevet, er tatt vare på.')
    expect(notice()!.querySelector('button')!.textContent!.trim()).toBe('Last inn på nytt')
    expect(notice()!.closest('[role="alert"]')).not.toBeNull()

    // It lasts until the reload: a later 'opened' (this tab's own reconnect) does not clear it.
    notifyDatabaseEvent('opened')
    expect(store.otherTab).toBe('superseded')
    wrapper.unmount()
  })

  it('an older tab blocking this one: shown while blocked, gone once the database opens; in English', async () => {
    const { wrapper, pinia } = await mountWithApp(App, { locale: 'en' })
    const store = useAppUpdateStore(pinia)
    store.markOtherTab('blocked')
    await waitFor(() => notice() !== null, 15000)
    expect(notice()!.textContent).toContain('An older Løft is open in another tab')
    store.markOtherTab('opened')
    await waitFor(() => notice() === null)
    expect(store.otherTab).toBeNull()
    wrapper.unmount()
  })
})
