import { computed, type Ref } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useSessionStore } from '@/stores/session'
import {
  getCachedInsights,
  getCachedTrend,
  getOrganisationGroups,
} from '@/data/repos/insights.repo'
import {
  keepIfSameFigures,
  trendLength,
  type InsightsAnswer,
  type InsightsPeriod,
} from '@/domain/insights'
import { useInsightsFetch } from './useInsightsFetch'

/**
 * HR's figures for one period: the last answer and trend stored on this device (live), fetched
 * again when online, and the organisation's departments and job roles to name the table's rows.
 * The organisation is the first one where the person is HR (or admin).
 */
export function useInsights(period: Ref<InsightsPeriod>) {
  const session = useSessionStore()
  const organisationId = computed(
    () =>
      session.memberships.find((m) => m.roles.includes('hr') || m.roles.includes('admin'))
        ?.organisationId ?? null,
  )
  const key = () => [organisationId.value, period.value] as const
  const current = useLiveQuery(([org, p]) => (org ? getCachedInsights(org, p) : null), key)
  const trend = useLiveQuery(([org, p]) => (org ? getCachedTrend(org, p) : null), key)
  const groups = useLiveQuery((org) => getOrganisationGroups(org), organisationId)
  const { fetching, error, refresh } = useInsightsFetch(() => {
    const org = organisationId.value
    if (!org) return null
    return [
      { kind: 'insights', organisationId: org, period: period.value },
      {
        kind: 'trend',
        organisationId: org,
        period: period.value,
        count: trendLength[period.value],
      },
    ]
  })
  return {
    organisationId,
    // A refetch that brought the same figures (every visit online) redraws nothing.
    answer: computed<InsightsAnswer | null>((previous) =>
      keepIfSameFigures(previous, current.data.value?.answer ?? null),
    ),
    fetchedAt: computed(() => current.data.value?.fetchedAt ?? null),
    trend: computed<InsightsAnswer[]>((previous) =>
      keepIfSameFigures(previous, trend.data.value?.answer ?? []),
    ),
    /** Whether a trend for this period is stored yet (until then the period before is unknown). */
    trendAnswered: computed(() => trend.data.value?.answer != null),
    departments: computed(() => groups.data.value?.departments ?? []),
    jobRoles: computed(() => groups.data.value?.jobRoles ?? []),
    loading: computed(() => current.loading.value),
    fetching,
    error,
    refresh,
  }
}
