import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { getAttempt } from '@/data/repos/challenge.repo'
import { useChallengeList } from './useContent'

/**
 * A finished attempt (live from the device) and the challenge it answered, for the attempt's page.
 * `challenge` is undefined for a challenge no longer in the list (the attempt still shows).
 */
export function useAttempt(attemptId: MaybeRefOrGetter<string>) {
  const attempt = useLiveQuery((id) => getAttempt(id), () => toValue(attemptId))
  const challenges = useChallengeList()
  return {
    attempt: attempt.data,
    challenge: computed(() =>
      challenges.data.value?.find((c) => c.id === attempt.data.value?.challenge_id),
    ),
    loading: computed(() => attempt.loading.value || challenges.loading.value),
  }
}
