import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { rubricCriteria, type RubricCriterion } from '@/data/repos/attemptReview.repo'
import { formDraftStore } from '@/data/repos/formDraft.repo'
import { useDraft } from '@/composables/useDraft'

export interface ReviewDraft {
  rubric: Record<RubricCriterion, number | null>
  score: number | null
  comment: string
}

const emptyReview = (): ReviewDraft => ({
  rubric: Object.fromEntries(rubricCriteria.map((c) => [c, null])) as ReviewDraft['rubric'],
  score: null,
  comment: '',
})

/**
 * A review being written: the rubric, an overall score and a comment, kept on this device as the
 * reviewer works, per attempt, until it is sent (useDraft). `draft` is null until it has loaded.
 */
export function useReviewDraft(attemptId: MaybeRefOrGetter<string>) {
  const { value: draft, conflict, keepMine, takeTheirs, discard } = useDraft<ReviewDraft>({
    key: () => `review:${toValue(attemptId)}`,
    store: formDraftStore<ReviewDraft>(),
    initial: emptyReview,
  })
  const rubric = computed(() => draft.value?.rubric ?? emptyReview().rubric)
  const score = computed({
    get: () => draft.value?.score ?? null,
    set: (value: number | null) => draft.value && (draft.value.score = value),
  })
  const comment = computed({
    get: () => draft.value?.comment ?? '',
    set: (value: string) => draft.value && (draft.value.comment = value),
  })
  return { draft, rubric, score, comment, conflict, keepMine, takeTheirs, discard }
}
