import { onMounted, onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { useSyncStatusStore } from '@/stores/syncStatus'

/** How often an open, visible community screen asks for fresh rows while online. */
export const LIVE_PULL_MS = 4000

/**
 * Keeps a community screen live (issue 16: a new post shows on open devices within 5 s): asks the
 * sync engine to pull on focus, on `online`, when the page becomes visible and every 4 s while it
 * is visible and online, and follows the organisation's change messages (Supabase Realtime) while
 * the screen is open. Rows still arrive only through the sync pull; no component talks to the
 * engine or the server but through the store.
 */
export function useCommunityLive(organisationId: MaybeRefOrGetter<string | null | undefined>) {
  const sync = useSyncStatusStore()
  const visible = () => typeof document === 'undefined' || document.visibilityState === 'visible'
  const online = () => globalThis.navigator?.onLine ?? true
  const pull = () => {
    if (visible() && online()) sync.pullSoon()
  }
  const onVisibility = () => {
    if (visible()) pull()
  }

  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    pull()
    window.addEventListener('focus', pull)
    window.addEventListener('online', pull)
    document.addEventListener('visibilitychange', onVisibility)
    timer = setInterval(pull, LIVE_PULL_MS)
  })

  let stopFollowing: (() => void) | undefined
  watch(
    () => [toValue(organisationId), sync.connection] as const,
    ([id]) => {
      stopFollowing?.()
      stopFollowing = id ? sync.followOrganisation(id) : undefined
    },
    { immediate: true },
  )

  onScopeDispose(() => {
    clearInterval(timer)
    window.removeEventListener('focus', pull)
    window.removeEventListener('online', pull)
    document.removeEventListener('visibilitychange', onVisibility)
    stopFollowing?.()
  })
}
