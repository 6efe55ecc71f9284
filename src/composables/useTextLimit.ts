import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue'
import { NEAR_LIMIT_SHARE } from '@/domain/textLimits'

/**
 * A text field's `maxlength`, made visible: `near` once the text is close to the limit (show a
 * count), and `clipped` when a paste was cut at the limit (the browser does that silently).
 * Bind `onPaste` to the field's paste event and pass both to `<FieldLimit>`.
 */
export function useTextLimit(text: MaybeRefOrGetter<string>, max: number) {
  const clipped = ref(false)
  const length = computed(() => toValue(text).length)
  const near = computed(() => length.value >= max * NEAR_LIMIT_SHARE)

  function onPaste(event: ClipboardEvent) {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement | null
    const pasted = event.clipboardData?.getData('text')?.length ?? 0
    const selected = field ? (field.selectionEnd ?? 0) - (field.selectionStart ?? 0) : 0
    clipped.value = length.value - selected + pasted > max
  }

  return { length, near, clipped, onPaste, max }
}
