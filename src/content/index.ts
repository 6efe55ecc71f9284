/**
 * The starter curriculum, loaded lazily, so no content is ever in the first-load bundle.
 * Lessons are a chunk each (`import.meta.glob` without `eager`): a lesson is opened on its own.
 * Challenges, spot-the-flaw exercises and library prompts are always listed together, so each set
 * is one chunk (`./sets/*.ts`): one request on a slow network instead of one per file.
 *
 * Each file default-exports one item; a file may also default-export an array of items
 * (handy for the library's many short prompts).
 */
import { levels, type Level } from '@/domain/competence'
import type { LibraryPrompt, Lesson, PromptChallenge, SpotTheFlaw } from './types'
import { asList } from './sets/flatten'

type Loader<T> = () => Promise<{ default: T | readonly T[] }>

const lessonFiles = import.meta.glob<{ default: Lesson | readonly Lesson[] }>('./lessons/*.ts')

async function loadAll<T>(files: Record<string, Loader<T>>): Promise<T[]> {
  const modules = await Promise.all(Object.values(files).map((load) => load()))
  return modules.flatMap((m) => asList(m.default))
}

interface Sortable {
  level: Level
  id: string
}

// Ids are ASCII slugs: a plain comparison, not localeCompare (whose first call builds a collator).
const byLevelThenId = (a: Sortable, b: Sortable) =>
  levels.indexOf(a.level) - levels.indexOf(b.level) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** All lessons, in curriculum order. */
export async function loadLessons(): Promise<Lesson[]> {
  const lessons = await loadAll(lessonFiles)
  return lessons.sort((a, b) => a.order - b.order)
}

/**
 * One lesson. Lesson files are named `<order>-<id>.ts` (e.g. `01-data-rules.ts`), so the file is
 * found by its name and only that chunk loads; anything else falls back to loading them all.
 */
export async function loadLesson(id: string): Promise<Lesson | undefined> {
  const path = Object.keys(lessonFiles).find(
    (p) => p === `./lessons/${id}.ts` || p.endsWith(`-${id}.ts`),
  )
  const load = path ? lessonFiles[path] : undefined
  if (load) {
    const found = asList((await load()).default).find((l) => l.id === id)
    if (found) return found
  }
  return (await loadLessons()).find((l) => l.id === id)
}

/** All prompt challenges, basic level first. */
export async function loadChallenges(): Promise<PromptChallenge[]> {
  return [...(await import('./sets/challenges')).default].sort(byLevelThenId)
}

/** All spot-the-flaw exercises, basic level first. */
export async function loadFlaws(): Promise<SpotTheFlaw[]> {
  return [...(await import('./sets/flaws')).default].sort(byLevelThenId)
}

/** The library's starter prompts, basic level first. */
export async function loadLibraryPrompts(): Promise<LibraryPrompt[]> {
  return [...(await import('./sets/library')).default].sort(byLevelThenId)
}
