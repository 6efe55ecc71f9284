import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue'
import type { DataRules } from '@/domain/dataRules'
import type { LibraryItem } from '../libraryItem'
import {
  buildLibraryIndex,
  createLibrarySearch,
  facetValues,
  noFilters,
  type LibraryFilters,
} from '../search'

/** Search text and filters over the library, recomputed as the user types. */
export function useLibrarySearch(
  items: MaybeRefOrGetter<readonly LibraryItem[] | undefined>,
  rules: MaybeRefOrGetter<DataRules>,
) {
  const query = ref('')
  const filters = ref<LibraryFilters>({ ...noFilters })

  const index = computed(() => {
    const list = toValue(items)
    return list ? buildLibraryIndex(list, toValue(rules)) : undefined
  })
  // A new search (with an empty memory) for every new index.
  const search = computed(() => (index.value ? createLibrarySearch(index.value) : undefined))
  const results = computed(() => search.value?.(query.value, filters.value) ?? [])

  const facets = computed(() => {
    const idx = index.value
    if (!idx) return { departments: [], tasks: [] }
    return {
      departments: facetValues(idx, (item) => item.department),
      tasks: facetValues(idx, (item) => item.task, 12),
    }
  })
  const activeFilterCount = computed(
    () => Object.values(filters.value).filter((value) => value !== null).length,
  )

  function clearFilters() {
    filters.value = { ...noFilters }
  }

  return { query, filters, index, results, facets, activeFilterCount, clearFilters }
}
