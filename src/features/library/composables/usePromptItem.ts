import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { loadLibraryPrompts } from '@/content'
import type { LibraryPrompt } from '@/content/types'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useLocalized } from '@/composables/useLocalized'
import { getPrompt } from '@/data/repos/library.repo'
import { fromRow, fromStarter, type LibraryItem } from '../libraryItem'

/**
 * One library prompt by id: a starter prompt from content, or the organisation's row on the
 * device. `item` is undefined while loading and null when there is no such prompt.
 */
export function usePromptItem(id: MaybeRefOrGetter<string>) {
  const { lang } = useLocalized()
  const starter = shallowRef<LibraryPrompt | null>()
  watch(
    () => toValue(id),
    async (value) => {
      starter.value = undefined
      const prompts = await loadLibraryPrompts().catch(() => [])
      starter.value = prompts.find((p) => p.id === value) ?? null
    },
    { immediate: true },
  )
  const row = useLiveQuery(
    (value) => getPrompt(value),
    () => toValue(id),
  )

  const item = computed<LibraryItem | null | undefined>(() => {
    if (starter.value) return fromStarter(starter.value, lang.value)
    if (row.data.value) return fromRow(row.data.value)
    if (starter.value === undefined || row.loading.value) return undefined
    return null
  })
  return { item, row: row.data }
}
