import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, markRaw, shallowRef } from 'vue'
import type { SyncEngine, SyncOutcome } from '@/data/sync/engine'
import type { SyncStatus } from '@/data/sync/status'
import type { Remote } from '@/data/remote/types'

const localStatus: SyncStatus = { state: 'local', pending: 0, rejected: [] }

/**
 * A typed server call from src/data/server/ (e.g. `fetchInsights`): the store supplies the Remote
 * (null when not signed in) as its first argument.
 */
export type ServerCall<A extends unknown[], T> = (remote: Remote | null, ...args: A) => Promise<T>

/**
 * The sync engine's status for the UI, and the things a person can ask of the engine and the
 * server: this store is the only way from a screen to either (screens never hold the engine or a
 * Remote; a lint rule keeps data/remote and data/sync/engine out of src/features, pages,
 * components and other stores). The engine is created by src/modules/sync.ts after the first
 * render and handed over with `connect()`; until then the app is in local mode. The Remote comes
 * with sign-in (`setRemote`, also by src/modules/sync.ts). Only types are imported here, so the
 * engine stays out of the first-load bundle.
 */
export const useSyncStatusStore = defineStore('syncStatus', () => {
  const engine = shallowRef<SyncEngine | null>(null)
  /** The Remote the engine uses; null in local mode. Never handed out: see `call`. */
  const remote = shallowRef<Remote | null>(null)
  /** Who the Remote acts for: the engine binds its pull cursor to this person. */
  let remoteUser: string | null = null
  const status = shallowRef<SyncStatus>(localStatus)
  let unsubscribe: (() => void) | undefined
  /** Counts changes of the engine or the Remote (`connection`). */
  const generation = shallowRef(0)

  function connect(next: SyncEngine) {
    unsubscribe?.()
    generation.value++
    engine.value = markRaw(next)
    unsubscribe = next.subscribe((value) => (status.value = value))
    if (remote.value) next.setRemote(remote.value, remoteUser)
  }

  function disconnect() {
    unsubscribe?.()
    unsubscribe = undefined
    generation.value++
    engine.value = null
    status.value = localStatus
  }

  /** Signing in gives a Remote (acting for `userId`), signing out takes it away. */
  function setRemote(next: Remote | null, userId: string | null = null) {
    generation.value++
    remote.value = next ? markRaw(next) : null
    remoteUser = next ? userId : null
    engine.value?.setRemote(next, remoteUser)
  }

  async function syncNow(): Promise<SyncOutcome | null> {
    return (await engine.value?.syncNow()) ?? null
  }

  /**
   * Asks the server through a typed call of src/data/server/ (`sync.call(fetchInsights, request)`);
   * not signed in, the call gets null and answers its own 'not_signed_in'.
   */
  function call<A extends unknown[], T>(fn: ServerCall<A, T>, ...args: A): Promise<T> {
    return fn(remote.value, ...args)
  }

  /**
   * Joins the organisation of an invite code, then syncs so its name and the membership arrive.
   * Throws an InviteError (src/data/sync/invite.ts, loaded on first use).
   */
  async function redeemInvite(code: string) {
    const invite = await import('@/data/sync/invite')
    return invite.redeemInvite(remote.value, engine.value, code)
  }

  /**
   * Sign-out that keeps the person's own work: sync first, `endSession` (the auth client's
   * sign-out; if it throws, nothing has changed), then detach the Remote and forget the data that
   * came from the server (rows with waiting changes and the outbox stay).
   */
  async function signOut(endSession: () => Promise<void>) {
    await syncNow()
    await endSession()
    setRemote(null)
    await forgetServerData()
  }

  const forgetServerData = () => engine.value?.forgetServerData() ?? Promise.resolve()

  return {
    status,
    /** A Remote is attached (someone is signed in to a server): server calls can be answered. */
    connected: computed(() => remote.value !== null),
    /** Changes whenever the engine or the Remote does: watch it to re-follow or re-fetch. */
    connection: computed(() => generation.value),
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
    forgetServerData,
    call,
    redeemInvite,
    signOut,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSyncStatusStore, import.meta.hot))
