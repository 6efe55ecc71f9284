import { onMounted, shallowRef } from 'vue'
import { loadChallenges, loadFlaws } from '@/content'
import type { PromptChallenge, SpotTheFlaw } from '@/content/types'
import { afterFirstPaint } from '@/modules/afterFirstPaint'
import { getOrgChallenge } from '@/data/repos/orgChallenge.repo'
import { orgRowId, toPromptChallenge } from '@/features/orgChallenges/toPromptChallenge'

/**
 * Loads content lazily (its own chunks), with loading and error states for the page.
 * `afterPaint`: start only once the page has painted, so that a list's set (~20 KB), its
 * evaluation and the list's render never run ahead of the page's first paint; the lists sit below
 * the page's heading and intro. A single challenge or exercise is the page's main content, so it
 * loads at once.
 */
function useLoaded<T>(load: () => Promise<T>, { afterPaint = false } = {}) {
  const data = shallowRef<T>()
  const error = shallowRef<unknown>()
  const loading = shallowRef(true)
  onMounted(async () => {
    try {
      if (afterPaint) await afterFirstPaint()
      data.value = await load()
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  })
  return { data, error, loading }
}

// The flaw list sits right below the challenges: both sets are fetched together, so that the
// flaws are not a second round trip after the challenges have rendered.
export const useChallengeList = () =>
  useLoaded(
    () => {
      void loadFlaws().catch(() => undefined)
      return loadChallenges()
    },
    { afterPaint: true },
  )
export const useFlawList = () => useLoaded(loadFlaws, { afterPaint: true })

export const useChallenge = (id: string) =>
  useLoaded(async (): Promise<PromptChallenge | null> => {
    // An organisation challenge (F3) is a synced row, attempted like a starter challenge.
    const orgId = orgRowId(id)
    if (orgId) {
      const row = await getOrgChallenge(orgId)
      return row ? toPromptChallenge(row) : null
    }
    return (await loadChallenges()).find((c) => c.id === id) ?? null
  })
export const useFlaw = (id: string) =>
  useLoaded(
    async (): Promise<SpotTheFlaw | null> => (await loadFlaws()).find((f) => f.id === id) ?? null,
  )
