import { onMounted, shallowRef } from 'vue'
import { loadChallenges, loadFlaws } from '@/content'
import type { PromptChallenge, SpotTheFlaw } from '@/content/types'

/** Loads content lazily (its own chunks), with loading and error states for the page. */
function useLoaded<T>(load: () => Promise<T>) {
  const data = shallowRef<T>()
  const error = shallowRef<unknown>()
  const loading = shallowRef(true)
  onMounted(async () => {
    try {
      data.value = await load()
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  })
  return { data, error, loading }
}

export const useChallengeList = () => useLoaded(loadChallenges)
export const useFlawList = () => useLoaded(loadFlaws)

export const useChallenge = (id: string) =>
  useLoaded(async (): Promise<PromptChallenge | null> =>
    (await loadChallenges()).find((c) => c.id === id) ?? null,
  )
export const useFlaw = (id: string) =>
  useLoaded(async (): Promise<SpotTheFlaw | null> => (await loadFlaws()).find((f) => f.id === id) ?? null)
