import { onBeforeUnmount, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { useEventListener } from '@vueuse/core'
import { emptyDraft, getDraft, saveDraft, type ChallengeDraft } from '@/data/repos/draft.repo'

/** How long typing may pause before the draft is written; pagehide and leaving write at once. */
export const DRAFT_SAVE_DELAY_MS = 250

/**
 * The learner's draft of a challenge: loaded from the device (or fresh), written back as they
 * type, and flushed when the page is hidden, closed or left, so nothing typed is lost.
 * A draft is only stored once something in it changes: opening a challenge stores nothing.
 */
export function useChallengeDraft(challengeId: MaybeRefOrGetter<string>) {
  const draft = ref<ChallengeDraft | null>(null)
  const error = ref<unknown>(null)
  let lastSaved = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  let saving: Promise<void> = Promise.resolve()
  let stopped = false

  async function load(id: string) {
    const stored = await getDraft(id)
    const value = stored ?? emptyDraft(id)
    lastSaved = snapshot(value)
    draft.value = value
  }

  function snapshot(value: ChallengeDraft) {
    return JSON.stringify({ ...value, updated_at: '' })
  }

  function flush(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    const value = draft.value
    if (stopped || !value) return saving
    const current = snapshot(value)
    if (current === lastSaved) return saving
    lastSaved = current
    saving = saving
      .then(() => saveDraft(value))
      .then(() => {
        error.value = null
      })
      .catch((e: unknown) => {
        lastSaved = '' // try again on the next change or flush
        error.value = e
      })
    return saving
  }

  watch(
    draft,
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => void flush(), DRAFT_SAVE_DELAY_MS)
    },
    { deep: true },
  )

  watch(() => toValue(challengeId), (id) => void load(id).catch((e: unknown) => (error.value = e)), {
    immediate: true,
  })

  useEventListener(typeof window === 'undefined' ? undefined : window, 'pagehide', () => void flush())
  useEventListener(typeof document === 'undefined' ? undefined : document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flush()
  })
  onBeforeUnmount(() => void flush())

  /** Stops saving (the draft became an attempt) and waits for any write still under way. */
  async function stop(): Promise<void> {
    clearTimeout(timer)
    stopped = true
    await saving
  }

  /** Saves again after `stop()` (finishing failed, so the draft is still the learner's work). */
  function resume() {
    stopped = false
    void flush()
  }

  return { draft, error, flush, stop, resume }
}
