import { computed, onMounted, shallowRef } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { listCompletedLessons } from '@/data/repos/growth.repo'
import { getProfile } from '@/data/repos/profile.repo'
import { loadLessons } from '@/content'
import type { Lesson } from '@/content/types'

export interface LiteracyEntry {
  lesson: Lesson
  completedAt: string | null
}

/**
 * X4: the compliance and AI-tool lessons (content flags `compliance` / `literacy`), each with the
 * date it was first completed on this person's devices.
 */
export function useLiteracyRecord() {
  const completions = useLiveQuery(() => listCompletedLessons())
  const profile = useLiveQuery(() => getProfile())
  const lessons = shallowRef<Lesson[] | null>(null)
  const failed = shallowRef(false)

  onMounted(async () => {
    try {
      lessons.value = (await loadLessons()).filter((l) => l.literacy || l.compliance)
    } catch {
      failed.value = true
    }
  })

  const entries = computed<LiteracyEntry[] | null>(() => {
    if (!lessons.value || !completions.data.value) return null
    const done = new Map(completions.data.value.map((c) => [c.lesson_id, c.completed_at]))
    return lessons.value.map((lesson) => ({ lesson, completedAt: done.get(lesson.id) ?? null }))
  })
  const completed = computed(() => entries.value?.filter((e) => e.completedAt !== null) ?? [])
  const remaining = computed(() => entries.value?.filter((e) => e.completedAt === null) ?? [])

  return { entries, completed, remaining, profile: profile.data, failed }
}
