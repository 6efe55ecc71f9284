import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, markRaw, shallowRef } from 'vue'
import type { SyncEngine, SyncOutcome } from '@/data/sync/engine'
import type { SyncStatus } from '@/data/sync/status'
import type { Remote } from '@/data/remote/types'

const localStatus: SyncStatus = { state: 'local', pending: 0, rejected: [] }

/**
 * The sync engine's status for the UI, and the few things a person can ask of it. The engine is
 * created by src/modules/sync.ts after the first render and handed over with `connect()`; until
 * then the app is in local mode. Only a type is imported here, so the engine stays out of the
 * first-load bundle.
 */
export const useSyncStatusStore = defineStore('syncStatus', () => {
  const engine = shallowRef<SyncEngine | null>(null)
  /** The Remote the engine uses; null in local mode. Kept for redeeming invites (invite.ts). */
  const remote = shallowRef<Remote | null>(null)
  /** Who the Remote acts for: the engine binds its pull cursor to this person. */
  let remoteUser: string | null = null
  const status = shallowRef<SyncStatus>(localStatus)
  let unsubscribe: (() => void) | undefined

  function connect(next: SyncEngine) {
    unsubscribe?.()
    engine.value = markRaw(next)
    unsubscribe = next.subscribe((value) => (status.value = value))
    if (remote.value) next.setRemote(remote.value, remoteUser)
  }

  function disconnect() {
    unsubscribe?.()
    unsubscribe = undefined
    engine.value = null
    status.value = localStatus
  }

  /** Signing in gives a Remote (acting for `userId`), signing out takes it away. */
  function setRemote(next: Remote | null, userId: string | null = null) {
    remote.value = next ? markRaw(next) : null
    remoteUser = next ? userId : null
    engine.value?.setRemote(next, remoteUser)
  }

  async function syncNow(): Promise<SyncOutcome | null> {
    return (await engine.value?.syncNow()) ?? null
  }

  return {
    engine,
    remote,
    status,
    state: computed(() => status.value.state),
    pending: computed(() => status.value.pending),
    rejected: computed(() => status.value.rejected),
    connect,
    disconnect,
    setRemote,
    syncNow,
    /** A live screen wants fresh rows soon (see SyncEngine.pullSoon); nothing in local mode. */
    pullSoon: () => engine.value?.pullSoon(),
    /** Follows an organisation's change messages while the returned function is not called. */
    followOrganisation: (organisationId: string) =>
      engine.value?.followOrganisation(organisationId) ?? (() => {}),
    retryRejected: (ids?: string[]) => engine.value?.retryRejected(ids) ?? Promise.resolve(),
    dismissRejected: (id: string) => engine.value?.dismissRejected(id) ?? Promise.resolve(),
    forgetServerData: () => engine.value?.forgetServerData() ?? Promise.resolve(),
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSyncStatusStore, import.meta.hot))
