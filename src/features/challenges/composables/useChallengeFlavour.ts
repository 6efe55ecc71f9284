import { computed, onMounted, shallowRef, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import type { PromptChallenge } from '@/content/types'
import type { Department } from '@/domain/competence'
import { learnerDepartment } from '@/data/repos/challenge.repo'

/**
 * Which department's version of a challenge is shown: the one chosen in the draft, else the
 * learner's own department (from onboarding) when the challenge has it, else its first.
 */
export function useChallengeFlavour(
  challenge: MaybeRefOrGetter<PromptChallenge>,
  draft: Ref<{ flavour?: string | null } | null | undefined>,
) {
  const learnerDept = shallowRef<Department | null>(null)
  onMounted(async () => (learnerDept.value = await learnerDepartment().catch(() => null)))
  return computed<Department>({
    get: () => {
      const keys = Object.keys(toValue(challenge).flavours) as Department[]
      const chosen = draft.value?.flavour as Department | null | undefined
      if (chosen && keys.includes(chosen)) return chosen
      return learnerDept.value && keys.includes(learnerDept.value) ? learnerDept.value : keys[0]!
    },
    set: (value) => {
      if (draft.value) draft.value.flavour = value
    },
  })
}
