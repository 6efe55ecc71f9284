import type { Router } from 'vue-router'
import type { Pinia } from 'pinia'
import { useAppUpdateStore } from '@/stores/appUpdate'
import { onDatabaseEvent } from '@/data/databaseEvents'
import { whenStartupSettled } from './afterFirstPaint'

/**
 * Registers the service worker once the database has opened (`dataReady`), the first page has
 * painted and the main thread is idle (and after the window's load event: `immediate: false`):
 * precaching the whole app (~190 files) must not compete with the first page's own code, words
 * and first IndexedDB answers on a slow phone. registerType is 'prompt': a new version waits until
 * the person taps "load the new version" in UpdateToast.vue; nothing reloads by itself.
 */
export function install(router: Router, pinia: Pinia, dataReady: Promise<unknown>) {
  const store = useAppUpdateStore(pinia)
  // Another tab opened a newer database: this tab's code is out of date (OtherTabNotice.vue).
  onDatabaseEvent((event) => store.markOtherTab(event))
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  void whenStartupSettled(router, dataReady).then(async () => {
    const { registerSW } = await import('virtual:pwa-register')
    // The tab whose person chose the update reloads; every other open tab says so first and
    // lets its person reload (drafts are kept either way: useDraft).
    let chosenHere = false
    const updateSW = registerSW({
      immediate: false,
      onNeedRefresh: () =>
        store.offerUpdate(() => {
          chosenHere = true
          return updateSW(true)
        }),
      onNeedReload: () => (chosenHere ? window.location.reload() : store.markOtherTab('updated')),
      onOfflineReady: () => store.markOfflineReady(),
    })
  })
}
