import { beforeEach, describe, expect, it, vi } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { useAppUpdateStore } from '@/stores/appUpdate'
import { mountWithApp, waitFor } from '../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('new version prompt', () => {
  it('waits for the person to choose: nothing reloads until they tap the button', async () => {
    const { wrapper, pinia } = await mountWithApp(App, { locale: 'en' })
    const applyUpdate = vi.fn(async () => {})
    useAppUpdateStore(pinia).offerUpdate(applyUpdate)

    // The toast is an async component: the first import can take a while under load.
    await waitFor(() => document.body.textContent!.includes('New version of Løft'), 15000)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(applyUpdate).not.toHaveBeenCalled()

    const button = [...document.body.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Load the new version',
    )
    expect(button).toBeDefined()
    button!.click()
    await waitFor(() => applyUpdate.mock.calls.length === 1)
    wrapper.unmount()
  })

  it('"Later" dismisses the prompt without updating', async () => {
    const { wrapper, pinia } = await mountWithApp(App)
    const store = useAppUpdateStore(pinia)
    const applyUpdate = vi.fn(async () => {})
    store.offerUpdate(applyUpdate)
    await waitFor(() => document.body.textContent!.includes('Ny versjon av Løft'))
    const later = [...document.body.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Senere',
    )
    later!.click()
    await waitFor(() => !store.updateWaiting)
    expect(applyUpdate).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
