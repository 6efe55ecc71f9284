import { computed, onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'

/**
 * Shows a long list a few rows at a time when it first appears: `first` rows in the same render,
 * then `step` more in each following frame, until all are there. Rendering and laying out 16 cards
 * with their links in one go was a 40–100 ms task on a slow phone, right when the page had become
 * visible and the person might tap; a few rows per task keep every task short. After the first
 * fill the list follows its items at once (a filter change shows every match).
 */
export function useProgressiveList<T>(
  items: MaybeRefOrGetter<readonly T[] | undefined>,
  { first = 4, step = 4 }: { first?: number; step?: number } = {},
) {
  const limit = shallowRef(first)
  let pending: number | ReturnType<typeof setTimeout> | undefined
  let disposed = false

  const length = () => toValue(items)?.length ?? 0
  function grow() {
    pending = undefined
    if (disposed) return
    limit.value += step
    if (limit.value < length()) schedule()
    else limit.value = Infinity
  }
  // The next rows after the browser has painted the ones before (one chunk per frame).
  function schedule() {
    if (pending !== undefined) return
    pending =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => (pending = setTimeout(grow, 0)))
        : setTimeout(grow, 0)
  }

  watch(
    length,
    (n) => {
      if (limit.value !== Infinity && n > limit.value) schedule()
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    disposed = true
  })

  return computed(() => {
    const list = toValue(items) ?? []
    return list.length <= limit.value ? list : list.slice(0, limit.value)
  })
}
