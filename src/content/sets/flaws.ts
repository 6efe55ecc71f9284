// Every spot-the-flaw exercise in one chunk (see src/content/index.ts).
import type { SpotTheFlaw } from '../types'
import { flatten } from './flatten'

const files = import.meta.glob<{ default: SpotTheFlaw | readonly SpotTheFlaw[] }>('../flaws/*.ts', {
  eager: true,
})

export default flatten(files)
