import { onMounted, ref, type Ref } from 'vue'
import { useResizeObserver } from '@vueuse/core'

/**
 * A window-scrolled virtual list's distance from the top of the document (the virtualizer's
 * `scrollMargin`: FeedList, LibraryList). It changes only when what is above the list changes
 * size (a filter panel opens), so it is measured then — not on every keystroke or scroll.
 *
 * Measured after the browser's own layout, never inside a render: the resize observer reports
 * `above` once it is laid out, and reading a position then costs nothing. Reading it during mount
 * or in an animation frame forced a layout of the whole page in the middle of the frame.
 * Without `above` (or if the observer stays silent), once the first frame is done.
 * (@vueuse/core: only lists below the first paint use this.)
 */
export function useScrollMargin(
  list: Ref<HTMLElement | null>,
  above: () => HTMLElement | null | undefined,
): Ref<number> {
  const scrollMargin = ref(0)
  let measured = false
  function measureMargin() {
    const el = list.value
    if (!el) return
    scrollMargin.value = Math.round(el.getBoundingClientRect().top + window.scrollY)
    measured = true
  }
  useResizeObserver(() => above() ?? undefined, measureMargin)
  onMounted(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (!measured) measureMargin()
      }, 0),
    ),
  )
  return scrollMargin
}
