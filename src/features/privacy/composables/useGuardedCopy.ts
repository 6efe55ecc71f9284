import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { findSensitiveData, type Finding } from '@/domain/privacy'

export type GuardedCopyState = 'idle' | 'blocked' | 'copied' | 'failed'

export interface GuardedCopyOptions {
  /** The organisation's own sensitive words (customer names, project code names). */
  customTerms?: MaybeRefOrGetter<readonly string[] | undefined>
  /** Defaults to the browser's clipboard. */
  writeText?: (text: string) => Promise<void>
}

/**
 * Copies text to the clipboard only when the privacy guard finds nothing in it (P3), or when the
 * person explicitly confirms after the findings were shown to them (`confirmCopy`).
 *
 *   const { findings, state, copy, confirmCopy } = useGuardedCopy(() => prompt.value)
 */
export function useGuardedCopy(text: MaybeRefOrGetter<string>, options: GuardedCopyOptions = {}) {
  const findings = computed<Finding[]>(() =>
    findSensitiveData(toValue(text), { customTerms: toValue(options.customTerms) ?? [] }),
  )
  const state = ref<GuardedCopyState>('idle')
  const write = options.writeText ?? ((value: string) => navigator.clipboard.writeText(value))

  // A new text needs a new decision: an earlier "copied" or "blocked" no longer describes it.
  watch(
    () => toValue(text),
    () => {
      if (state.value === 'copied' || state.value === 'failed') state.value = 'idle'
      if (state.value === 'blocked' && findings.value.length === 0) state.value = 'idle'
    },
  )

  async function writeNow(): Promise<boolean> {
    try {
      await write(toValue(text))
      state.value = 'copied'
      return true
    } catch {
      state.value = 'failed'
      return false
    }
  }

  /** Copies if the text is clean; otherwise blocks and leaves it to the person to fix or confirm. */
  async function copy(): Promise<boolean> {
    if (findings.value.length > 0) {
      state.value = 'blocked'
      return false
    }
    return writeNow()
  }

  /** Copies despite findings — only after `copy()` blocked, so the person has seen them. */
  async function confirmCopy(): Promise<boolean> {
    if (state.value !== 'blocked' && findings.value.length > 0) return false
    return writeNow()
  }

  return { findings, state, copy, confirmCopy }
}
