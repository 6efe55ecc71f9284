import { computed, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import {
  listPosts,
  readLastVisit,
  writeLastVisit,
  type CommunityPostRow,
} from '@/data/repos/community.repo'
import {
  activeFilterCount,
  byNewest,
  emptyFilters,
  facets,
  filterFeed,
  isNewSince,
  isVisibleTo,
  type FeedFilters,
} from '@/domain/community'

export interface FeedItem {
  post: CommunityPostRow
  isNew: boolean
}

/**
 * The feed (F1, F2): the organisation's posts on this device, newest first, that the person may
 * see; filtered and searched offline; colleagues' posts since the previous visit marked new. The
 * previous visit is read once when the feed opens, and the visit is then stored as now.
 */
export function useFeed(
  organisationId: Ref<string | null>,
  userId: Ref<string | null>,
  moderator: Ref<boolean>,
) {
  const rows = useLiveQuery((id) => listPosts(id), organisationId)
  const lastVisit = shallowRef<string | null>(null)
  const query = ref('')
  const filters = ref<FeedFilters>(emptyFilters())

  onMounted(async () => {
    try {
      lastVisit.value = await readLastVisit()
      await writeLastVisit(new Date().toISOString())
    } catch {
      // Without storage there is no "new since": the feed itself still shows.
    }
  })

  const posts = computed(() =>
    (rows.data.value ?? [])
      .filter((post) => isVisibleTo(post, userId.value, moderator.value))
      .sort(byNewest),
  )
  const results = computed<FeedItem[]>(() =>
    filterFeed(posts.value, filters.value, query.value).map((post) => ({
      post,
      isNew: isNewSince(post, lastVisit.value, userId.value),
    })),
  )
  const newCount = computed(() => results.value.filter((item) => item.isNew).length)
  const feedFacets = computed(() => facets(posts.value))
  // A filter value no post has any more (its last post deleted) would hide everything silently.
  watch(feedFacets, (f) => {
    if (filters.value.tag && !f.tags.includes(filters.value.tag)) {
      filters.value = { ...filters.value, tag: null }
    }
  })

  return {
    loading: computed(() => rows.loading.value),
    error: computed(() => rows.error.value),
    total: computed(() => posts.value.length),
    results,
    newCount,
    query,
    filters,
    facets: feedFacets,
    activeFilters: computed(() => activeFilterCount(filters.value)),
    clear() {
      query.value = ''
      filters.value = emptyFilters()
    },
  }
}
