import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Role } from '@/modules/router'

/**
 * Who is using the app on this device. In local mode (no Supabase configured, or not signed in)
 * nobody is signed in and no organisation role is held.
 */
export const useSessionStore = defineStore('session', () => {
  const userId = ref<string | null>(null)
  const roles = ref<Role[]>([])
  const remoteConfigured = Boolean(import.meta.env.VITE_SUPABASE_URL)

  const signedIn = computed(() => userId.value !== null)
  const mode = computed(() => (signedIn.value ? 'synced' : 'local'))
  const hasRole = (role: Role) => roles.value.includes(role)

  return { userId, roles, remoteConfigured, signedIn, mode, hasRole }
})
