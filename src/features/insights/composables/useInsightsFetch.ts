import { ref, watch, type Ref, type WatchSource } from 'vue'
import { useOnline } from '@/composables/useOnline'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { fetchInsights, InsightsError, type InsightsFetchError, type InsightsRequest } from '@/data/server/insights'

/**
 * Fetches insight answers whenever their inputs change, the network comes back or a Remote is
 * attached (sign-in); the screens read what was stored (insights.repo.ts), so the last figures
 * stay in sight offline. `error` is the last fetch's failure (null after a success).
 */
export function useInsightsFetch(
  requests: () => InsightsRequest[] | null,
  extra: WatchSource[] = [],
): { fetching: Ref<boolean>; error: Ref<InsightsFetchError | null>; refresh: () => Promise<void> } {
  const sync = useSyncStatusStore()
  const online = useOnline()
  const fetching = ref(false)
  const error = ref<InsightsFetchError | null>(null)
  let run = 0

  async function refresh() {
    const list = requests()
    if (!list) return
    const mine = ++run
    fetching.value = true
    try {
      await Promise.all(list.map((request) => sync.call(fetchInsights, request)))
      if (mine === run) error.value = null
    } catch (e) {
      if (mine === run) error.value = e instanceof InsightsError ? e.code : 'failed'
    } finally {
      if (mine === run) fetching.value = false
    }
  }

  watch([requests, () => sync.connection, online, ...extra], () => void refresh(), {
    immediate: true,
    deep: true,
  })
  return { fetching, error, refresh }
}
