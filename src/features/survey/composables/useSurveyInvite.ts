import { computed } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useNow } from '@/composables/useNow'
import { getMyResponse, getMySurveys } from '@/data/repos/survey.repo'
import { invitingRound } from '@/domain/survey'
import { useSessionStore } from '@/stores/session'

/** The open round that invites this person, and whether they have answered it already. */
export function useSurveyInvite() {
  const session = useSessionStore()
  const now = useNow()
  const rounds = useLiveQuery(
    (userId) => getMySurveys(userId),
    () => session.userId,
  )
  const round = computed(() =>
    invitingRound(
      rounds.data.value ?? [],
      session.memberships.map((m) => m.organisationId),
      now.value,
    ),
  )
  const mine = useLiveQuery(
    ([id, userId]) => (id ? getMyResponse(id, userId) : Promise.resolve(null)),
    () => [round.value?.id ?? null, session.userId] as const,
  )
  const answered = computed(() => Boolean(mine.data.value))
  const loading = computed(() => rounds.loading.value || mine.loading.value)
  return { round, answered, loading }
}
