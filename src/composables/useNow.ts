import { getCurrentScope, onScopeDispose, shallowRef } from 'vue'

/** The current time, refreshed every `intervalMs` (see useOnline.ts for why not @vueuse/core). */
export function useNow(intervalMs = 60_000) {
  const now = shallowRef(new Date())
  const timer = setInterval(() => (now.value = new Date()), intervalMs)
  if (getCurrentScope()) onScopeDispose(() => clearInterval(timer))
  return now
}
