import { computed } from 'vue'
import { useSessionStore } from '@/stores/session'

/** The first organisation (by name) where the signed-in person is HR or admin, or null. */
export function useHrOrganisation() {
  const session = useSessionStore()
  const membership = computed(
    () =>
      session.memberships.find((m) => m.roles.includes('hr') || m.roles.includes('admin')) ?? null,
  )
  return {
    organisationId: computed(() => membership.value?.organisationId ?? null),
    organisationName: computed(() => membership.value?.organisationName ?? null),
  }
}
