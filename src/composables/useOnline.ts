import { getCurrentScope, onScopeDispose, ref } from 'vue'
import { hydration } from '@/modules/hydration'

/**
 * True while the browser reports a network connection. Written here rather than taken from
 * @vueuse/core: the shell needs it on the first load, and pulling @vueuse/core into the first
 * load costs ~4 KB gzip (its shared chunk carries every helper the lazy pages use).
 */
export function useOnline() {
  const online = ref(typeof navigator === 'undefined' || hydration.active ? true : navigator.onLine)
  const update = () => (online.value = navigator.onLine)
  // Pre-rendered markup was rendered online: read the network once the page has hydrated.
  if (hydration.active) void Promise.resolve().then(update)
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  if (getCurrentScope()) {
    onScopeDispose(() => {
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
    })
  }
  return online
}
