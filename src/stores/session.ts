import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { Role } from '@/domain/roles'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { getMemberships, type Membership } from '@/data/repos/membership.repo'
import type { AuthClient, AuthUser } from '@/data/auth/authClient'

const orgRoles: readonly Role[] = ['ambassador', 'hr', 'admin']

/** The organisation roles a person holds anywhere (memberships also hold the plain 'member'). */
export function rolesFrom(memberships: readonly Membership[]): Role[] {
  const held = new Set(memberships.flatMap((m) => m.roles))
  return orgRoles.filter((role) => held.has(role))
}

/**
 * Who is using the app on this device. In local mode (no Supabase configured, or not signed in)
 * nobody is signed in and no organisation role is held. Roles come from the synced memberships
 * table, so they work offline and follow what the server says.
 */
export const useSessionStore = defineStore('session', () => {
  const userId = ref<string | null>(null)
  const email = ref<string | null>(null)
  const roles = ref<Role[]>([])
  const remoteConfigured = Boolean(
    import.meta.env.VITE_SUPABASE_URL && import.meta.env.VITE_SUPABASE_ANON_KEY,
  )

  // Who is signed in: known at once in local mode. A connected build learns it after the mount,
  // from the account this device last had (restoreCachedAccount), or from the auth client. Its
  // pre-rendered pages cannot know either, so both start unknown.
  const identityKnown = ref(!remoteConfigured)

  const signedIn = computed(() => userId.value !== null)
  const mode = computed(() => (signedIn.value ? 'synced' : 'local'))
  const hasRole = (role: Role) => roles.value.includes(role)

  const memberships = useLiveQuery((id) => getMemberships(id), userId)
  /**
   * Whether `roles` can be trusted yet: who is signed in is known and, if anyone, their memberships
   * have been read. Until then RoleGate shows a neutral status instead of "only for HR", which a
   * signed-in HR lead would otherwise see first (and the page would jump when the figures came).
   */
  const rolesKnown = computed(
    () => identityKnown.value && (userId.value === null || !memberships.loading.value),
  )
  watch(memberships.data, (rows) => {
    if (userId.value && rows) roles.value = rolesFrom(rows)
  })
  watch(userId, (id) => {
    if (!id) roles.value = []
  })

  // Sign-in is available once the sync module (or a test) provides an AuthClient.
  const authFactory = shallowRef<(() => Promise<AuthClient>) | null>(null)
  const authAvailable = computed(() => authFactory.value !== null)
  let auth: Promise<AuthClient> | undefined

  function setUser(user: AuthUser | null) {
    userId.value = user?.id ?? null
    email.value = user?.email ?? null
    identityKnown.value = true
  }

  /**
   * Just after the mount (src/modules/sync.ts), before the auth client has loaded: the account
   * this device last had (src/data/auth/accountCache.ts), so its roles and figures show from the
   * stored rows at once, as they do offline; the client confirms or replaces it when it answers.
   * Null: nobody to restore, signed out. Either way, a client already answering decides instead.
   */
  function restoreCachedAccount(user: AuthUser | null) {
    if (auth) return
    if (user) setUser(user)
    else identityKnown.value = true
  }

  function provideAuth(factory: () => Promise<AuthClient>) {
    authFactory.value = factory
    auth = undefined
  }

  /** Loads the auth client (once), learns who is signed in and follows later changes. */
  function ensureAuth(): Promise<AuthClient> {
    const factory = authFactory.value
    if (!factory) return Promise.reject(new Error('Sign-in is not available (local mode)'))
    auth ??= factory().then(async (client) => {
      client.onChange(setUser)
      setUser(await client.currentUser())
      return client
    })
    auth.catch(() => {
      auth = undefined
      // The client could not load (offline before it was cached): signed out as far as we know.
      identityKnown.value = true
    })
    return auth
  }

  async function sendCode(address: string) {
    await (await ensureAuth()).sendCode(address)
  }

  async function verifyCode(address: string, code: string) {
    setUser(await (await ensureAuth()).verifyCode(address, code))
  }

  /** Ends the session with the server; callers clear server data (see useSignOut). */
  async function signOut() {
    await (await ensureAuth()).signOut()
    setUser(null)
  }

  return {
    userId,
    email,
    roles,
    memberships: computed(() => (userId.value ? (memberships.data.value ?? []) : [])),
    remoteConfigured,
    identityKnown,
    rolesKnown,
    restoreCachedAccount,
    signedIn,
    mode,
    hasRole,
    authAvailable,
    provideAuth,
    ensureAuth,
    sendCode,
    verifyCode,
    signOut,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSessionStore, import.meta.hot))
