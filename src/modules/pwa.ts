import type { Router } from 'vue-router'
import type { Pinia } from 'pinia'
import { useAppUpdateStore } from '@/stores/appUpdate'

/**
 * Registers the service worker once the first route is ready, so registration never competes
 * with the first render. registerType is 'prompt': a new version waits until the person taps
 * "load the new version" in UpdateToast.vue; nothing reloads by itself.
 */
export function install(router: Router, pinia: Pinia) {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  const store = useAppUpdateStore(pinia)
  void router.isReady().then(async () => {
    const { registerSW } = await import('virtual:pwa-register')
    const updateSW = registerSW({
      immediate: true,
      onNeedRefresh: () => store.offerUpdate(() => updateSW(true)),
      onOfflineReady: () => store.markOfflineReady(),
    })
  })
}
