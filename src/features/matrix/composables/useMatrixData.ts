import { computed, ref, watch, type Ref } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useOnline } from '@/composables/useOnline'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { ServerCallError, type ServerCallFailure } from '@/data/server/call'
import { fetchMatrix, type MatrixRequest } from '@/data/server/matrix'
import {
  getCachedMatrix,
  getCachedStories,
  getSkillTargets,
  getStoryPick,
} from '@/data/repos/matrix.repo'

/**
 * Fetches the server's answers for the organisation whenever it, the network or the sign-in
 * changes; the screens read what was stored, so the last answer stays in sight offline.
 */
function useMatrixFetch(organisationId: Ref<string | null>, kinds: MatrixRequest['kind'][]) {
  const sync = useSyncStatusStore()
  const online = useOnline()
  const fetching = ref(false)
  const error = ref<ServerCallFailure | null>(null)
  let run = 0
  async function refresh() {
    const org = organisationId.value
    if (!org) return
    const mine = ++run
    fetching.value = true
    try {
      await Promise.all(kinds.map((kind) => sync.call(fetchMatrix, { kind, organisationId: org })))
      if (mine === run) error.value = null
    } catch (e) {
      if (mine === run) error.value = e instanceof ServerCallError ? e.code : 'failed'
    } finally {
      if (mine === run) fetching.value = false
    }
  }
  watch([organisationId, () => sync.connection, online], () => void refresh(), { immediate: true })
  return { fetching, error, refresh }
}

/** The skills matrix of an organisation: the server's last answer and HR's target levels. */
export function useMatrixData(organisationId: Ref<string | null>) {
  const matrix = useLiveQuery((org) => getCachedMatrix(org), organisationId)
  const targets = useLiveQuery((org) => getSkillTargets(org), organisationId)
  const { fetching, error, refresh } = useMatrixFetch(organisationId, ['matrix'])
  return {
    answer: computed(() => matrix.data.value?.answer ?? null),
    fetchedAt: computed(() => matrix.data.value?.fetchedAt ?? null),
    targets: computed(() => targets.data.value ?? {}),
    loading: computed(() => matrix.loading.value),
    fetching,
    error,
    refresh,
  }
}

/** The consented stories HR may use and the one picked for the monthly report. */
export function useStories(organisationId: Ref<string | null>) {
  const stories = useLiveQuery((org) => getCachedStories(org), organisationId)
  const pick = useLiveQuery((org) => getStoryPick(org), organisationId)
  const { fetching, error, refresh } = useMatrixFetch(organisationId, ['stories'])
  const list = computed(() => stories.data.value?.answer ?? [])
  return {
    stories: list,
    /** Whether the server has answered once (stored on this device): until then, nothing is known. */
    answered: computed(() => stories.data.value?.answer != null),
    pickedId: computed(() => pick.data.value ?? null),
    /** The picked story while it is still offered (consent kept, post visible); else null. */
    picked: computed(() => list.value.find((s) => s.id === pick.data.value) ?? null),
    fetching,
    error,
    refresh,
  }
}
