/**
 * "Rows that may add to a person's activity have changed": every local write (db.ts: an outbox
 * entry is being created) and every pull or sweep that changed rows (sync/apply.ts). data/ only
 * announces it; what depends on it is kept outside data/ — today the boot copy's "nothing to chart
 * on Me" flag, which src/features/growth/activityFlag.ts forgets. Listeners run synchronously
 * (inside the writing transaction for a local write): keep them cheap and never touch the database.
 */
type Listener = () => void
const listeners = new Set<Listener>()

export function onActivityChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function notifyActivityChange(): void {
  for (const listener of listeners) listener()
}
