import { useI18n } from 'vue-i18n'
import { reviewLevels, type RubricCriterion } from '@/data/repos/attemptReview.repo'

/** The sentences of each level, for a rubric criterion or the overall score. */
export function useRubricLevels() {
  const { t } = useI18n()
  const levelsOf = (key: RubricCriterion | 'overall') =>
    reviewLevels.map((value) => ({
      value,
      text: t(key === 'overall' ? `attemptReview.overall.${value}` : `attemptReview.criteria.${key}.${value}`),
    }))
  const labelOf = (key: RubricCriterion | 'overall') =>
    t(key === 'overall' ? 'attemptReview.overall.label' : `attemptReview.criteria.${key}.label`)
  return { levelsOf, labelOf }
}
