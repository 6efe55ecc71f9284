import { useOnline as useVueUseOnline } from '@vueuse/core'

/** True while the browser reports a network connection (navigator.onLine + online/offline events). */
export function useOnline() {
  return useVueUseOnline()
}
