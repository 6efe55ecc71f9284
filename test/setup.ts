import 'fake-indexeddb/auto'
import { beforeEach } from 'vitest'

// localStorage outlives a test in happy-dom; the app keeps its boot copy of preferences there
// (src/data/bootState.ts), so each test starts without one, as a first visit does.
beforeEach(() => {
  globalThis.localStorage?.removeItem('loft.boot')
})
