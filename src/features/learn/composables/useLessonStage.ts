import { nextTick, watch, type Ref } from 'vue'
import { usePointerSwipe } from '@vueuse/core'

/**
 * How the lesson player's stage moves: a swipe goes between cards (not in the quiz, where a stray
 * swipe must not skip a question); a new step moves focus to its heading, so screen readers start
 * reading there; an answer moves focus on to the primary button ("Svar" is gone and the options are
 * disabled; the feedback is read from its live region) and scrolls the feedback into sight above
 * the action bar (html's scroll-padding-bottom, base.css).
 */
export function useLessonStage(options: {
  stage: Ref<HTMLElement | null>
  primaryButton: Ref<HTMLButtonElement | null>
  position: Ref<number | null>
  /** Cards and the example: swiping is on. */
  browsing: Ref<boolean>
  /** The question shown and whether it is answered. */
  answered: () => readonly [questionId: string | undefined, answered: boolean]
  go: (delta: number) => void
}) {
  const { stage, primaryButton, position, browsing, go } = options

  usePointerSwipe(stage, {
    threshold: 60,
    onSwipeEnd(_event, direction) {
      if (!browsing.value) return
      if (direction === 'left') go(1)
      else if (direction === 'right') go(-1)
    },
  })

  watch(position, async (_now, before) => {
    if (before === null || before === undefined) return
    await nextTick()
    stage.value?.querySelector<HTMLElement>('h2')?.focus()
    window.scrollTo({ top: 0 })
  })

  watch(options.answered, async ([id, answered], before) => {
    if (!answered || !before || before[0] !== id || before[1]) return
    await nextTick()
    primaryButton.value?.focus({ preventScroll: true })
    stage.value?.querySelector('.feedback')?.scrollIntoView({ block: 'nearest' })
  })
}
