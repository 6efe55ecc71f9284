import type { Observer } from 'dexie'
import { openDb } from './openDb'

/**
 * Subscribes to a Dexie liveQuery once the database has loaded (Dexie is a lazy chunk: see
 * openDb.ts) and returns the function that unsubscribes, before or after that. Code outside
 * src/data never imports dexie itself (lint rule).
 */
export function observeQuery<T>(
  querier: () => T | Promise<T>,
  observer: Required<Pick<Observer<T>, 'next' | 'error'>>,
): () => void {
  let subscription: { unsubscribe(): void } | undefined
  let closed = false
  openDb()
    .then(() => import('dexie'))
    .then(({ liveQuery }) => {
      if (!closed) subscription = liveQuery(querier).subscribe(observer)
    }, observer.error)
  return () => {
    closed = true
    subscription?.unsubscribe()
  }
}
