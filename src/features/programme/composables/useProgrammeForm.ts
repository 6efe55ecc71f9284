import { computed, nextTick, ref, toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'
import { checkProgramme, type Pitfall, type Programme, type StepState } from '@/domain/programme'
import { useDraft } from '@/composables/useDraft'
import { useOnline } from '@/composables/useOnline'
import { formDraftStore } from '@/data/repos/formDraft.repo'
import { getProgramme, NotHrError, saveProgramme } from '@/data/repos/programme.repo'
import { useSessionStore } from '@/stores/session'

/**
 * H1: the programme tracker's form state. The programme is a draft (`useDraft`) until saved as the
 * organisation's one row; `problem(code, step?)` is the message of a check that fails; `save()`
 * scrolls to the first problem instead of saving.
 */
export function useProgrammeForm(organisationId: MaybeRefOrGetter<string>) {
  const { t } = useI18n()
  const session = useSessionStore()
  const online = useOnline()
  const draft = useDraft<Programme>({
    key: () => `programme:${toValue(organisationId)}`,
    store: formDraftStore<Programme>(),
    initial: async () => (await getProgramme(toValue(organisationId))).programme,
  })
  const programme = computed(() => draft.value.value)
  const status = ref<'' | 'saved' | 'savedOffline'>('')
  const error = ref('')
  const problems = computed(() => (programme.value ? checkProgramme(programme.value) : []))

  function change(patch: Partial<Programme>) {
    if (!draft.value.value) return
    draft.value.value = { ...draft.value.value, ...patch }
    status.value = ''
  }
  function changeStep(i: number, patch: Partial<StepState>) {
    if (!programme.value) return
    change({ steps: programme.value.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) })
  }
  const togglePitfall = (key: Pitfall, on: boolean) =>
    programme.value && change({ pitfalls: { ...programme.value.pitfalls, [key]: on } })
  function problem(code: string, step?: number): string {
    const found = problems.value.some(
      (x) => x.code === code && (step === undefined || ('step' in x && x.step === step)),
    )
    return found ? t(`programme.problems.${code}`) : ''
  }

  async function save() {
    error.value = ''
    if (!programme.value) return
    if (problems.value.length > 0) {
      await nextTick()
      document
        .querySelector<HTMLElement>(
          '.programme [aria-invalid="true"], .programme .field__error:not(:empty)',
        )
        ?.scrollIntoView()
      return
    }
    try {
      await saveProgramme({
        userId: session.userId,
        organisationId: toValue(organisationId),
        programme: programme.value,
      })
      await draft.discard()
      status.value = online.value ? 'saved' : 'savedOffline'
    } catch (e) {
      error.value = e instanceof NotHrError ? t('programme.notHr') : t('programme.saveFailed')
    }
  }

  return { draft, programme, status, error, change, changeStep, togglePitfall, problem, save }
}
