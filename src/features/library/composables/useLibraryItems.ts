import { computed, shallowRef } from 'vue'
import { loadLibraryPrompts } from '@/content'
import type { LibraryPrompt } from '@/content/types'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useLocalized } from '@/composables/useLocalized'
import { listLibraryRows } from '@/data/repos/library.repo'
import { useSessionStore } from '@/stores/session'
import { afterFirstPaint } from '@/modules/afterFirstPaint'
import { promptFitForMembers } from '@/domain/dataRules'
import { useDataRules } from '@/features/dataRules/composables/useDataRules'
import { fromRow, fromStarter, type LibraryItem } from '../libraryItem'

/**
 * The starter prompts (in the learner's language) and the organisation's prompts on the device.
 * A prompt no approved tool may receive (a retired tool, a class no tool takes) is never featured,
 * and members don't see it until an ambassador has re-checked it; ambassadors do, to fix it.
 */
export function useLibraryItems() {
  const { lang } = useLocalized()
  const session = useSessionStore()
  const { rules } = useDataRules()
  const starters = shallowRef<LibraryPrompt[]>()
  const contentError = shallowRef<unknown>()
  // Fetched once the page has painted, so that the set's download and evaluation and the list's
  // render never run ahead of the page's first paint (the list sits below the heading and intro).
  afterFirstPaint()
    .then(loadLibraryPrompts)
    .then(
      (prompts) => (starters.value = prompts),
      (error: unknown) => (contentError.value = error),
    )
  const rows = useLiveQuery(
    (userId) => listLibraryRows(userId),
    () => session.userId,
  )

  const items = computed<LibraryItem[] | undefined>(() => {
    if (rows.data.value === undefined || (starters.value === undefined && !contentError.value)) {
      return undefined
    }
    const curator = session.hasRole('ambassador')
    return [
      ...rows.data.value.map(fromRow),
      ...(starters.value ?? []).map((prompt) => fromStarter(prompt, lang.value)),
    ].flatMap((item) => {
      if (promptFitForMembers({ id: item.id, toolIds: item.tools, dataClass: item.dataClass }, rules.value))
        return [item]
      return curator ? [{ ...item, featured: false }] : []
    })
  })
  const error = computed(() => rows.error.value ?? contentError.value)
  return { items, error }
}
