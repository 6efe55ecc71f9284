import 'fake-indexeddb/auto'
import { beforeEach } from 'vitest'

// localStorage outlives a test in happy-dom; the app keeps its boot copy of preferences there
// (src/data/bootState.ts), so each test starts without one, as a first visit does.
// Drafts' synchronous copies (src/data/draftJournal.ts) are cleared too.
beforeEach(() => {
  const storage = globalThis.localStorage
  if (!storage) return
  storage.removeItem('loft.boot')
  for (const key of Object.keys(storage)) if (key.startsWith('loft.draft:')) storage.removeItem(key)
})
