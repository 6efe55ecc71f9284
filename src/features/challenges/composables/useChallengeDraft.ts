import { toValue, type MaybeRefOrGetter } from 'vue'
import { useDraft } from '@/composables/useDraft'
import { emptyDraft } from '@/data/repos/draft.repo'
import { challengeDrafts } from '@/data/repos/formDraft.repo'

/**
 * The learner's draft of a challenge (useDraft over the challenge drafts table): loaded from the
 * device (or fresh), kept as they type. Opening a challenge stores nothing.
 */
export function useChallengeDraft(challengeId: MaybeRefOrGetter<string>) {
  const draft = useDraft({
    key: () => toValue(challengeId),
    store: challengeDrafts,
    initial: () => emptyDraft(toValue(challengeId)),
  })
  return { ...draft, draft: draft.value }
}
