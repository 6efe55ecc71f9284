import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import OfflineReadyNote from '@/components/OfflineReadyNote.vue'
import { useAppUpdateStore } from '@/stores/appUpdate'
import { mountWithApp } from '../helpers/mount'

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

async function mountNote(locale: 'nb' | 'en' = 'nb') {
  const { wrapper, pinia } = await mountWithApp(OfflineReadyNote, { locale })
  return { wrapper, store: useAppUpdateStore(pinia) }
}

describe('"works offline now" note', () => {
  it("is an empty live region until the app is cached, then says so in the person's language", async () => {
    const { wrapper, store } = await mountNote('en')
    const region = wrapper.get('[role="status"]')
    expect(region.text()).toBe('')

    store.markOfflineReady()
    await nextTick()
    expect(region.text()).toBe('Løft now works offline too.')
    expect(region.get('button').attributes('aria-label')).toBe('Close the message')
  })

  it('says it in bokmål by default, and the close button dismisses it', async () => {
    const { wrapper, store } = await mountNote()
    store.markOfflineReady()
    await nextTick()
    expect(wrapper.text()).toBe('Løft virker nå også uten nett.')

    await wrapper.get('button').trigger('click')
    expect(store.offlineReady).toBe(false)
    expect(wrapper.text()).toBe('')
  })

  it('hides itself after a few seconds, but not while its button has focus', async () => {
    vi.useFakeTimers()
    const { wrapper, store } = await mountNote()
    store.markOfflineReady()
    await nextTick()

    await wrapper.get('button').trigger('focus')
    vi.advanceTimersByTime(10_000)
    expect(store.offlineReady).toBe(true)

    await wrapper.get('button').trigger('blur')
    vi.advanceTimersByTime(5_000)
    expect(store.offlineReady).toBe(true)
    vi.advanceTimersByTime(1_500)
    expect(store.offlineReady).toBe(false)
  })

  it('stays out of the way of a waiting update, which has its own prompt', async () => {
    const { wrapper, store } = await mountNote()
    store.markOfflineReady()
    store.offerUpdate(async () => {})
    await nextTick()
    expect(wrapper.text()).toBe('')
  })
})
