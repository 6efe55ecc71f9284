import { computed, nextTick, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { defaultDataRules } from '@/domain/dataRules'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useOnline } from '@/composables/useOnline'
import { getDataRules, NotAdminError, saveDataRules } from '@/data/repos/dataRules.repo'
import { isQuotaError } from '@/data/storageErrors'
import { useSessionStore } from '@/stores/session'
import { useRulesDraft } from './useRulesDraft'
import { useRuleProblemText } from './useRuleProblemText'

/**
 * The admin's data rules editor (DataRulesAdmin) without its view: the organisation the admin
 * runs, its stored rules, the working copy started from them once, the problems in words, and
 * `save(onProblems)` — one repo write, or `onProblems()` (after a tick) while problems remain.
 */
export function useDataRulesEditor() {
  const { t } = useI18n()
  const session = useSessionStore()
  const online = useOnline()
  const { problemText, toolName } = useRuleProblemText()
  const organisation = computed(() => session.memberships.find((m) => m.roles.includes('admin')) ?? null)
  const stored = useLiveQuery((id) => getDataRules(id), () => organisation.value?.organisationId ?? null)
  const draft = useRulesDraft(() => organisation.value?.organisationId ?? null)
  const ready = ref(false)
  const tried = ref(false)
  const busy = ref(false)
  const status = ref<'' | 'saved' | 'savedOffline'>('')
  const error = ref('')

  // The draft starts from what is stored, or from Løft's defaults (in the admin's language), once;
  // unsaved work kept on the device from an earlier visit wins.
  watch(
    () => !stored.loading.value && draft.loaded.value,
    (both) => {
      if (!both || ready.value) return
      const row = stored.data.value
      const defaults = defaultDataRules()
      defaults.tools = defaults.tools.map((tool) => ({ ...tool, name: toolName(tool) }))
      if (!draft.started.value) {
        draft.reset(row ? { rules: row.rules, customTerms: row.customTerms } : { rules: defaults, customTerms: [] })
      }
      ready.value = true
    },
    { immediate: true },
  )
  watch([draft.rules, draft.terms], () => (status.value = ''))

  const problems = computed(() => draft.problems.value.map((p) => problemText(p, draft.rules.value)))

  async function save(onProblems: () => void) {
    tried.value = true
    error.value = ''
    if (problems.value.length > 0 || !organisation.value) {
      await nextTick()
      onProblems()
      return
    }
    busy.value = true
    try {
      await saveDataRules({
        userId: session.userId,
        organisationId: organisation.value.organisationId,
        rules: draft.rules.value,
        customTerms: draft.terms.value,
      })
      await draft.forget()
      await nextTick() // the draft-change watcher runs first; the status below is the answer
      status.value = online.value ? 'saved' : 'savedOffline'
    } catch (e) {
      if (e instanceof NotAdminError) error.value = t('adminRules.notAdmin')
      else error.value = isQuotaError(e) ? t('errors.quotaExceeded') : t('adminRules.saveFailed')
    } finally {
      busy.value = false
    }
  }

  return { organisation, stored, draft, ready, tried, busy, status, error, problems, save }
}
