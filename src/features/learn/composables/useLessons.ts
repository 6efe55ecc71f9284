import { ref, shallowRef, watch } from 'vue'
import type { Lesson } from '@/content/types'

/**
 * The starter curriculum, loaded lazily (its own chunks, precached by the service worker, so it
 * also loads offline). `error` is set when a chunk cannot be fetched; `reload()` tries again.
 */
export function useLessons() {
  const lessons = shallowRef<Lesson[]>()
  const error = ref(false)

  async function reload() {
    error.value = false
    try {
      const { loadLessons } = await import('@/content')
      lessons.value = await loadLessons()
    } catch {
      error.value = true
    }
  }
  void reload()
  return { lessons, error, reload }
}

/** One lesson, loaded lazily; `missing` when no lesson has this id. */
export function useLesson(id: () => string) {
  const lesson = shallowRef<Lesson>()
  const missing = ref(false)
  const error = ref(false)

  async function reload() {
    error.value = false
    missing.value = false
    try {
      const { loadLesson } = await import('@/content')
      const found = await loadLesson(id())
      lesson.value = found
      missing.value = found === undefined
    } catch {
      error.value = true
    }
  }
  watch(
    id,
    () => {
      lesson.value = undefined
      void reload()
    },
    { immediate: true },
  )
  return { lesson, missing, error, reload }
}
