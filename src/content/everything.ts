/**
 * Every content file, loaded at once, for tools that need all of it: the README content table
 * (scripts/content-table.mjs, test/unit/contentTable.test.ts). The app never imports this file —
 * it loads content lazily through ./index.ts.
 */
import type { LibraryPrompt, Lesson, PromptChallenge, SpotTheFlaw } from './types'
import { flatten } from './sets/flatten'
import { contentTable, withContentTable, type Content } from './table'

type Files<T> = Record<string, { default: T | readonly T[] }>

export const everything: Content = {
  lessons: flatten(
    import.meta.glob<{ default: Lesson }>('./lessons/*.ts', { eager: true }) as Files<Lesson>,
  ),
  challenges: flatten(
    import.meta.glob<{ default: PromptChallenge }>('./challenges/*.ts', {
      eager: true,
    }) as Files<PromptChallenge>,
  ),
  flaws: flatten(
    import.meta.glob<{ default: SpotTheFlaw }>('./flaws/*.ts', {
      eager: true,
    }) as Files<SpotTheFlaw>,
  ),
  prompts: flatten(
    import.meta.glob<{ default: LibraryPrompt }>('./library/*.ts', {
      eager: true,
    }) as Files<LibraryPrompt>,
  ),
}

/** README.md with its content table made from `everything`. */
export function readmeWithTable(readme: string): string {
  return withContentTable(readme, contentTable(everything))
}
