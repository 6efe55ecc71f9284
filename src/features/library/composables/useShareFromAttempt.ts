import { computed, nextTick, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { PromptChallenge } from '@/content/types'
import type { ChallengeAttempt } from '@/data/repos/challenge.repo'
import { learnerDepartment } from '@/data/repos/challenge.repo'
import { AlreadySharedError, promptSharedFromAttempt, submitPrompt } from '@/data/repos/library.repo'
import { InvalidPromptError } from '@/domain/library'
import { NoOrganisationError, organisationFor } from '@/data/repos/membership.repo'
import { isOwnRow } from '@/data/repos/owner'
import { isQuotaError } from '@/data/storageErrors'
import { toolsAllowedFor } from '@/domain/dataRules'
import { findSensitiveData } from '@/domain/privacy'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useLocalized } from '@/composables/useLocalized'
import { useDataRules } from '@/features/dataRules/composables/useDataRules'
import { useSessionStore } from '@/stores/session'
import { draftFromAttempt, draftToInput, promptClassOf, type PromptDraft } from '../promptDraft'

/**
 * Sharing a finished challenge attempt's prompt to the library (ShareAttemptPrompt without its
 * view): the shared row if there is one, the learner's organisation, the draft once opened
 * (`open()`, prefilled from the challenge and the attempt) and `submit()`. The draft stays until
 * the live query shows the shared row, then `afterShared()` runs (after a tick).
 */
export function useShareFromAttempt(
  source: () => { attempt: ChallengeAttempt; challenge?: PromptChallenge },
  afterShared: () => void,
) {
  const { t } = useI18n()
  const { loc } = useLocalized()
  const session = useSessionStore()
  const { rules, customTerms } = useDataRules()
  const shared = useLiveQuery(
    (id) => promptSharedFromAttempt(id),
    () => source().attempt.id,
  )
  const organisation = useLiveQuery((userId) => organisationFor(userId), () => session.userId)
  // An ambassador's phone also holds colleagues' attempts: only the learner offers their own prompt.
  const mine = computed(() => isOwnRow(source().attempt, session.userId))
  const draft = ref<PromptDraft | null>(null)
  const busy = ref(false)
  const error = ref('')

  let justShared = false
  watch(
    () => shared.data.value,
    async (row) => {
      if (!row || !justShared) return
      justShared = false
      busy.value = false
      draft.value = null
      await nextTick()
      afterShared()
    },
  )

  async function open() {
    const { attempt, challenge: c } = source()
    const dataClass = promptClassOf(c?.dataClass ?? 'yellow')
    draft.value = draftFromAttempt({
      prompt: attempt.prompt,
      title: c ? loc(c.title) : '',
      level: c?.level ?? 'basic',
      dataClass,
      department: await learnerDepartment().catch(() => null),
      tools: toolsAllowedFor(dataClass, rules.value).map((tool) => tool.id),
    })
  }

  async function submit() {
    if (!draft.value) return
    error.value = ''
    // PromptForm emits only when its guard is clean; check again so nothing sensitive slips through.
    const { title, body, task, tagsText } = draft.value
    if (
      findSensitiveData([title, body, task, tagsText].join('\n'), { customTerms: customTerms.value })
        .length
    ) {
      error.value = t('promptForm.blocked')
      return
    }
    busy.value = true
    try {
      await submitPrompt(draftToInput(draft.value), session.userId, {
        fromAttemptId: source().attempt.id,
      })
      justShared = true
    } catch (e) {
      busy.value = false
      if (e instanceof NoOrganisationError) error.value = t('library.fromAttempt.needsOrganisation')
      else if (e instanceof AlreadySharedError) error.value = t('library.fromAttempt.alreadyShared')
      else if (e instanceof InvalidPromptError) error.value = t(`promptForm.errors.${e.code}`)
      else
        error.value = isQuotaError(e) ? t('errors.quotaExceeded') : t('promptForm.errors.saveFailed')
    }
  }

  return { shared, organisation, mine, draft, busy, error, open, submit }
}
