import { computed, nextTick, ref, toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'
import { computeRoi, emptyRoiInputs, parseRoiInputs, type RoiField, type RoiInputs } from '@/domain/roi'
import { useDraft } from '@/composables/useDraft'
import { useOnline } from '@/composables/useOnline'
import { formDraftStore } from '@/data/repos/formDraft.repo'
import { getRoiModel, NotHrError, saveRoiModel } from '@/data/repos/programme.repo'
import { useSessionStore } from '@/stores/session'

/**
 * H6: the ROI calculator's form state. The typed amounts are a draft (`useDraft`) until saved as
 * the organisation's model; `problem(field)` is a field's message once it was left or a save was
 * tried; `save()` focuses the first invalid field instead of saving.
 */
export function useRoiForm(organisationId: MaybeRefOrGetter<string>) {
  const { t } = useI18n()
  const session = useSessionStore()
  const online = useOnline()
  const draft = useDraft<RoiInputs>({
    key: () => `roi:${toValue(organisationId)}`,
    store: formDraftStore<RoiInputs>(),
    initial: async () => (await getRoiModel(toValue(organisationId)))?.inputs ?? emptyRoiInputs(),
  })
  const inputs = computed(() => draft.value.value)
  const parsed = computed(() => (inputs.value ? parseRoiInputs(inputs.value) : null))
  const touched = ref(new Set<RoiField>())
  const tried = ref(false)
  const status = ref<'' | 'saved' | 'savedOffline'>('')
  const error = ref('')

  function set(field: keyof RoiInputs, value: string) {
    if (!draft.value.value) return
    draft.value.value = { ...draft.value.value, [field]: value }
    status.value = ''
  }
  function problem(field: RoiField): string {
    const p = parsed.value?.problems[field]
    if (!p || !(tried.value || touched.value.has(field))) return ''
    if (p === 'out_of_range' && field === 'highPercent') return t('roi.problems.highPercentRange')
    if (p === 'out_of_range' && field === 'hoursSavedHigh')
      return t('roi.problems.hoursSavedHighRange')
    return t(`roi.problems.${p}`)
  }
  const blur = (field: RoiField) => (touched.value = new Set([...touched.value, field]))
  const noCost = computed(
    () => !!parsed.value && Object.values(parsed.value.costs).every((v) => v === 0),
  )
  /** Another tab's version in one line, for DraftConflict. */
  const summary = (c: RoiInputs) =>
    Object.entries(c)
      .filter(([k, v]) => v && k in emptyRoiInputs() && k !== 'currency' && k !== 'hoursSavedSource')
      .map(([k, v]) => `${t(`roi.fields.${k}`)}: ${v}`)
      .join(', ')

  async function save() {
    tried.value = true
    error.value = ''
    const p = parsed.value
    if (!p || !inputs.value) return
    try {
      if (Object.keys(p.problems).length > 0) throw new Error('fields')
      computeRoi({ costs: p.costs, benefits: {} })
    } catch {
      await nextTick()
      document.querySelector<HTMLElement>('.roi-form [aria-invalid="true"]')?.focus()
      return
    }
    try {
      await saveRoiModel({
        userId: session.userId,
        organisationId: toValue(organisationId),
        inputs: inputs.value,
      })
      await draft.discard()
      status.value = online.value ? 'saved' : 'savedOffline'
    } catch (e) {
      error.value = e instanceof NotHrError ? t('roi.notHr') : t('roi.saveFailed')
    }
  }

  return { draft, inputs, parsed, tried, status, error, noCost, set, problem, blur, summary, save }
}
