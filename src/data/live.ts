/** Re-exported so that code outside src/data never imports dexie itself (lint rule). */
export { liveQuery } from 'dexie'
