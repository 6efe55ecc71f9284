import { computed, ref, watch, type Ref } from 'vue'
import { createPrivacyGuard } from '@/domain/privacy'
import type { PostDraft } from '../postDraft'

/**
 * The privacy guard (P3) over every field of a post: the text (body), the prompt, and title, task
 * and tags checked as one text, one per line (none of them holds a line break). A sure finding
 * blocks sending until it is fixed; findings the guard is not sure of ("may be a name") block
 * until the person confirms they are not personal data. Any change to the text asks again.
 */
export function usePostGuard(draft: Ref<PostDraft | null>, customTerms: Ref<readonly string[]>) {
  const guard = computed(() => createPrivacyGuard({ customTerms: customTerms.value }))
  const meta = computed(() =>
    draft.value ? [draft.value.title, draft.value.task, draft.value.tagsText].join('\n') : '',
  )
  const byField = computed(() => {
    const d = draft.value
    return {
      body: d ? guard.value(d.body) : [],
      promptText: d ? guard.value(d.promptText) : [],
      meta: guard.value(meta.value),
    }
  })
  const findings = computed(() => [
    ...byField.value.body,
    ...byField.value.promptText,
    ...byField.value.meta,
  ])
  const sure = computed(() => findings.value.filter((f) => f.confidence === 'sure').length)
  const maybe = computed(() => findings.value.length - sure.value)
  const confirmed = ref(false)
  watch(findings, (now, before) => {
    if (now.length !== before?.length) confirmed.value = false
  })
  return {
    meta,
    /** Findings per field group: the prompt's and the meta's guard show only when they find. */
    counts: computed(() => ({
      promptText: byField.value.promptText.length,
      meta: byField.value.meta.length,
    })),
    sure,
    maybe,
    confirmed,
    /** Sending is blocked: a sure finding, or unsure ones not yet confirmed. */
    blocked: computed(() => sure.value > 0 || (maybe.value > 0 && !confirmed.value)),
    /** Title, task and tags from the fixed meta text. */
    fixMeta(fixed: string): Pick<PostDraft, 'title' | 'task' | 'tagsText'> {
      const [title = '', task = '', tagsText = ''] = fixed.split('\n')
      return { title, task, tagsText }
    },
  }
}
