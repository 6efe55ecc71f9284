// Every prompt challenge in one chunk (see src/content/index.ts).
import type { PromptChallenge } from '../types'
import { flatten } from './flatten'

const files = import.meta.glob<{ default: PromptChallenge | readonly PromptChallenge[] }>(
  '../challenges/*.ts',
  { eager: true },
)

export default flatten(files)
