import { ref } from 'vue'
import { useOnline } from '@/composables/useOnline'
import { useSessionStore } from '@/stores/session'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { AuthError } from '@/data/auth/authClient'

/**
 * Sign-out that never loses the person's own work:
 * 1. while online, sync first, so pending changes reach the server;
 * 2. end the session with the server (needs the network; if it fails, nothing has changed);
 * 3. detach the Remote, then forget the data that came from the server (it returns on the next
 *    sign-in); forgetting first stops a sync run still going on and waits for it, so no page it
 *    pulled lands afterwards. Rows whose changes are still waiting in the outbox stay, and so do
 *    the waiting and refused outbox entries: they are sent the next time someone signs in on this
 *    device.
 */
export function useSignOut() {
  const session = useSessionStore()
  const sync = useSyncStatusStore()
  const online = useOnline()
  const busy = ref(false)
  const error = ref<'offline' | 'unknown' | null>(null)

  async function signOut(): Promise<boolean> {
    busy.value = true
    error.value = null
    try {
      if (!online.value) {
        error.value = 'offline'
        return false
      }
      await sync.signOut(() => session.signOut())
      return true
    } catch (e) {
      error.value = e instanceof AuthError && e.code === 'offline' ? 'offline' : 'unknown'
      return false
    } finally {
      busy.value = false
    }
  }

  return { signOut, busy, error }
}
