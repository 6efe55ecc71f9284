import { computed } from 'vue'
import { useNow } from '@/composables/useNow'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { dueReviewCount } from '@/data/repos/review.repo'

/** How many review cards are due now; re-checked every minute and on every database change. */
export function useDueReviewCount() {
  const now = useNow(60_000)
  const minute = computed(() => Math.floor(now.value.getTime() / 60_000))
  const { data } = useLiveQuery((m) => dueReviewCount(new Date(m * 60_000 + 59_999)), minute)
  return computed(() => data.value ?? 0)
}
