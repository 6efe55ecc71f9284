import type { Router } from 'vue-router'
import type { Pinia } from 'pinia'
import { useAppUpdateStore } from '@/stores/appUpdate'
import { whenStartupSettled } from './afterFirstPaint'

/**
 * Registers the service worker once the database has opened (`dataReady`), the first page has
 * painted and the main thread is idle (and after the window's load event: `immediate: false`):
 * precaching the whole app (~190 files) must not compete with the first page's own code, words
 * and first IndexedDB answers on a slow phone. registerType is 'prompt': a new version waits until
 * the person taps "load the new version" in UpdateToast.vue; nothing reloads by itself.
 */
export function install(router: Router, pinia: Pinia, dataReady: Promise<unknown>) {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  const store = useAppUpdateStore(pinia)
  void whenStartupSettled(router, dataReady).then(async () => {
    const { registerSW } = await import('virtual:pwa-register')
    const updateSW = registerSW({
      immediate: false,
      onNeedRefresh: () => store.offerUpdate(() => updateSW(true)),
      onOfflineReady: () => store.markOfflineReady(),
    })
  })
}
