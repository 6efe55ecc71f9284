/*
 * The synchronous copy of unsaved typing. IndexedDB writes are asynchronous, and a transaction
 * begun while the page unloads (a reload, a navigation) is dropped by the browser; a localStorage
 * write is done when the call returns. So every change to a draft is also written here at once,
 * and cleared when IndexedDB holds the same text (src/composables/useDraft.ts).
 *
 * One entry per draft and tab (`loft.draft:<tab>:<key>`), so two tabs never overwrite each
 * other's copy. The tab's id lives in sessionStorage, which a reload keeps: the reloaded page
 * finds its own copy.
 */

const PREFIX = 'loft.draft:'
const TAB_KEY = 'loft.tab'

export interface JournalEntry<T = unknown> {
  value: T
  /** The stored revision the text was based on, for the conflict check when it is saved. */
  baseRev: number
  updated_at: string
}

function storage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return globalThis[kind]
  } catch {
    return undefined // storage blocked by the browser's settings
  }
}

let fallbackTab: string | undefined

/** This tab's id: kept across reloads of the tab, different in every other tab. */
export function tabId(): string {
  const session = storage('sessionStorage')
  try {
    const known = session?.getItem(TAB_KEY)
    if (known) return known
    const id = crypto.randomUUID()
    session?.setItem(TAB_KEY, id)
    return id
  } catch {
    return (fallbackTab ??= crypto.randomUUID())
  }
}

const entryKey = (key: string, tab: string) => `${PREFIX}${tab}:${key}`

/** Writes this tab's copy; false if the browser refused (storage full or blocked). */
export function writeJournal<T>(key: string, entry: JournalEntry<T>, tab = tabId()): boolean {
  try {
    storage('localStorage')?.setItem(entryKey(key, tab), JSON.stringify(entry))
    return true
  } catch {
    return false
  }
}

export function readJournal<T>(key: string, tab = tabId()): JournalEntry<T> | undefined {
  return parse<T>(storage('localStorage')?.getItem(entryKey(key, tab)) ?? null)
}

export function clearJournal(key: string, tab = tabId()): void {
  try {
    storage('localStorage')?.removeItem(entryKey(key, tab))
  } catch {
    // nothing to clear
  }
}

/**
 * Copies of this draft left by other tabs that have not written for `idleMs`: a tab that
 * crashed or was killed before IndexedDB had its text. A live tab clears its copy within a
 * second of typing, so an old copy has no other owner.
 */
export function orphanedJournals<T>(key: string, idleMs: number, own = tabId(), now = Date.now()) {
  const local = storage('localStorage')
  const found: { tab: string; entry: JournalEntry<T> }[] = []
  if (!local) return found
  for (let i = 0; i < local.length; i++) {
    const name = local.key(i)
    if (!name?.startsWith(PREFIX) || !name.endsWith(`:${key}`)) continue
    const tab = name.slice(PREFIX.length, name.length - key.length - 1)
    if (tab === own || tab.includes(':')) continue
    const entry = parse<T>(local.getItem(name))
    if (entry && now - Date.parse(entry.updated_at) >= idleMs) found.push({ tab, entry })
  }
  return found
}

function parse<T>(text: string | null): JournalEntry<T> | undefined {
  if (!text) return undefined
  try {
    const entry = JSON.parse(text) as JournalEntry<T>
    return entry && typeof entry === 'object' && 'value' in entry && typeof entry.baseRev === 'number'
      ? entry
      : undefined
  } catch {
    return undefined
  }
}
