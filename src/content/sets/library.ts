// Every starter library prompt in one chunk (see src/content/index.ts).
import type { LibraryPrompt } from '../types'
import { flatten } from './flatten'

const files = import.meta.glob<{ default: LibraryPrompt | readonly LibraryPrompt[] }>(
  '../library/*.ts',
  { eager: true },
)

export default flatten(files)
