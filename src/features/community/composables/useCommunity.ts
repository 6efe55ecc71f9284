import { computed } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { listDepartments } from '@/data/repos/community.repo'
import { organisationFor } from '@/data/repos/membership.repo'
import { useSessionStore } from '@/stores/session'

/**
 * Who is looking at the community, and where: the signed-in person, their organisation (null in
 * local mode or before joining one), whether they moderate (ambassador or admin), and the
 * organisation's departments by id.
 */
export function useCommunity() {
  const session = useSessionStore()
  const organisation = useLiveQuery(
    (userId) => (userId ? organisationFor(userId) : null),
    () => session.userId,
  )
  const organisationId = computed(() => organisation.data.value ?? null)
  const departments = useLiveQuery((id) => listDepartments(id), organisationId)
  const departmentNames = computed(
    () => new Map((departments.data.value ?? []).map((d) => [d.id, d.name])),
  )
  return {
    session,
    userId: computed(() => session.userId),
    organisationId,
    /** True until it is known whether the person has an organisation. */
    loading: computed(() => session.signedIn && organisation.loading.value),
    moderator: computed(() => session.hasRole('ambassador') || session.hasRole('admin')),
    departments: computed(() => departments.data.value ?? []),
    departmentNames,
  }
}
