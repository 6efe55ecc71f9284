import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { suggestionsFor, type MatrixAnswer, type Suggestion } from '@/domain/matrix'
import { loadChallenges, loadLessons } from '@/content'
import type { CellRef, MatrixRow } from '../components/types'

/**
 * The opened cell of the matrix: its row, gap and figures, and the lessons and challenges that
 * train its competency (the content loads the first time a cell opens). Choosing the open cell
 * again closes it.
 */
export function useMatrixSelection(
  rows: Ref<MatrixRow[]>,
  answer: Ref<MatrixAnswer | null>,
  detailId: string,
) {
  const selected = ref<CellRef | null>(null)
  const row = computed(() => rows.value.find((r) => r.key === selected.value?.roleKey) ?? null)
  const cell = computed(
    () => row.value?.cells.find((c) => c.competency === selected.value?.competency) ?? null,
  )
  const figures = computed(() => {
    const role = answer.value?.roles.find((r) => r.key === selected.value?.roleKey)
    return role && !role.suppressed && selected.value
      ? role.competencies[selected.value.competency]
      : undefined
  })
  function select(next: CellRef | null) {
    const same =
      next !== null &&
      selected.value?.roleKey === next.roleKey &&
      selected.value.competency === next.competency
    selected.value = same ? null : next
  }
  const content = shallowRef<Parameters<typeof suggestionsFor>[1] | null>(null)
  watch(selected, async (open) => {
    if (!open || content.value) return
    const [lessons, challenges] = await Promise.all([loadLessons(), loadChallenges()])
    content.value = { lessons, challenges }
  })
  const suggestions = computed<Suggestion[] | null>(() =>
    selected.value && content.value
      ? suggestionsFor(selected.value.competency, content.value)
      : null,
  )
  /** Closing the details gives focus back to the (visible) cell that opened them. */
  function close() {
    const opener = [
      ...document.querySelectorAll<HTMLElement>(
        `[aria-controls="${detailId}"][aria-expanded="true"]`,
      ),
    ].find((b) => b.offsetParent !== null)
    select(null)
    opener?.focus()
  }
  return { selected, row, cell, figures, suggestions, select, close }
}
