/**
 * What the database tells the page about other tabs (db.ts subscribes Dexie's events here, so the
 * page can listen without loading Dexie):
 * - 'superseded': another tab opened a newer version of the database; this connection is closed,
 *   and this tab's code is out of date until it reloads.
 * - 'blocked': this tab wants a newer version, and an older tab still holds the database open;
 *   'opened' follows once it has let go.
 */
export type DatabaseEvent = 'superseded' | 'blocked' | 'opened'

type Listener = (event: DatabaseEvent) => void
const listeners = new Set<Listener>()

export function onDatabaseEvent(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function notifyDatabaseEvent(event: DatabaseEvent): void {
  for (const listener of listeners) listener(event)
}
