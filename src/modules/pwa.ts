import type { Router } from 'vue-router'
import type { Pinia } from 'pinia'
import { useAppUpdateStore } from '@/stores/appUpdate'

/**
 * Registers the service worker after the page has loaded (`immediate: false` waits for the
 * window's load event): precaching the whole app (~190 files) must not compete with the first
 * render on a slow network. registerType is 'prompt': a new version waits until the person taps
 * "load the new version" in UpdateToast.vue; nothing reloads by itself.
 */
export function install(router: Router, pinia: Pinia) {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  const store = useAppUpdateStore(pinia)
  void router.isReady().then(async () => {
    const { registerSW } = await import('virtual:pwa-register')
    const updateSW = registerSW({
      immediate: false,
      onNeedRefresh: () => store.offerUpdate(() => updateSW(true)),
      onOfflineReady: () => store.markOfflineReady(),
    })
  })
}
