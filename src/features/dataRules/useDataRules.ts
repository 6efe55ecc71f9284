import { computed } from 'vue'
import { defaultDataRules, type DataRules } from '@/domain/dataRules'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { getCurrentDataRules } from '@/data/repos/dataRules.repo'
import { useSessionStore } from '@/stores/session'

/**
 * The approved tools, data rules (X3) and custom sensitive terms (P3) that apply to the person on
 * this device: their organisation's, as synced to the device, or — in local mode, or while the
 * organisation has stored none — Løft's careful defaults (defaultDataRules) and no custom terms.
 * Read from Dexie, so it works offline and follows every sync.
 *
 *   const { rules, customTerms } = useDataRules()
 *   const guard = computed(() => createPrivacyGuard({ customTerms: customTerms.value }))
 */
export function useDataRules() {
  const session = useSessionStore()
  const query = useLiveQuery(
    (userId) => getCurrentDataRules(userId),
    () => session.userId,
  )
  const stored = computed(() => query.data.value?.stored ?? null)
  const defaults = defaultDataRules()

  return {
    rules: computed<DataRules>(() => stored.value?.rules ?? defaults),
    customTerms: computed<readonly string[]>(() => stored.value?.customTerms ?? []),
    /** 'organisation': the organisation's stored rules; 'default': Løft's defaults. */
    source: computed<'organisation' | 'default'>(() => (stored.value ? 'organisation' : 'default')),
    organisationId: computed(() => query.data.value?.organisationId ?? null),
    /** When the rules were last changed (ISO), for "updated …" lines; null for the defaults. */
    updatedAt: computed(() => stored.value?.updatedAt ?? null),
    loading: query.loading,
  }
}
