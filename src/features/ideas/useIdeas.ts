import { computed, type Ref } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { listIdeas, myVotedIdeaIds } from '@/data/repos/ideas.repo'
import { canAnswerIdeas, type Role } from '@/domain/ideas'
import { useSessionStore } from '@/stores/session'

/**
 * The board's ideas of one organisation, my votes, and whether I answer ideas (ambassador, HR,
 * admin), all live from Dexie.
 */
export function useIdeas(organisationId: Ref<string | null>) {
  const session = useSessionStore()
  const ideas = useLiveQuery((id) => listIdeas(id), organisationId)
  const voted = useLiveQuery((userId) => myVotedIdeaIds(userId), () => session.userId)
  return {
    ideas: computed(() => ideas.data.value ?? []),
    loading: computed(() => ideas.loading.value),
    error: computed(() => ideas.error.value),
    voted: computed(() => voted.data.value ?? new Set<string>()),
    steward: computed(() => canAnswerIdeas(session.roles as Role[])),
    userId: computed(() => session.userId),
  }
}
