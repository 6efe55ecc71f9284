import { getCurrentScope, onScopeDispose, ref } from 'vue'

/**
 * True while the browser reports a network connection. Written here rather than taken from
 * @vueuse/core: the shell needs it on the first load, and pulling @vueuse/core into the first
 * load costs ~4 KB gzip (its shared chunk carries every helper the lazy pages use).
 */
export function useOnline() {
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  const update = () => (online.value = navigator.onLine)
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
