import { onScopeDispose, ref, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import { observeQuery } from '@/data/live'
import { clearJournal, orphanedJournals, readJournal, tabId, writeJournal } from '@/data/draftJournal'
import { draftSnapshot, sidesOf, type DraftStore, type StoredDraft } from '@/data/repos/formDraft.repo'

/** How long typing may pause before the draft is written to IndexedDB. */
export const DRAFT_SAVE_DELAY_MS = 250
/** A copy another tab left this long ago belongs to a tab that ended before saving it. */
const ORPHAN_AFTER_MS = 60_000

export interface UseDraftOptions<T> {
  /** Which draft: null while it is not known yet (e.g. before the organisation is). */
  key: MaybeRefOrGetter<string | null>
  store: DraftStore<T>
  /** The value of a form with no stored draft (it is stored only once something changes). */
  initial: () => T | Promise<T>
  /** This tab's id (draftJournal's `tabId()`); tests give each simulated tab its own. */
  tab?: string
  /**
   * Checks a value read back from storage, which another version, another tab or a tampered store
   * may have written: the form's value, or null when unusable (the form then starts from
   * `initial`, and its first save replaces the stored one). Default: taken as it is.
   */
  parse?: (stored: unknown) => T | null
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/**
 * The one way a form keeps what is typed (PRODUCT C1: nothing typed is ever lost).
 * - Every change goes at once to a synchronous copy in localStorage (draftJournal.ts), which
 *   survives a reload in the same instant, and 250 ms after typing pauses (and when the page is
 *   hidden or the form is left) to IndexedDB; the copy is cleared once IndexedDB has the text.
 *   On load, a copy left by this tab (a reload) or by a tab that ended wins over IndexedDB.
 * - The stored draft is followed live: another tab's change is taken in while this form has no
 *   unsaved typing. If both typed, the save keeps the other tab's text as `conflict`, and the
 *   person chooses (`keepMine`, `takeTheirs`): nothing is overwritten silently.
 *
 *   const { value, error, conflict } = useDraft({ key: 'profile', store, initial: () => ({ name: '' }) })
 */
export function useDraft<T>(options: UseDraftOptions<T>) {
  const { store } = options
  const value = ref(null) as Ref<T | null>
  /** The other tab's version, when both edited this draft. */
  const conflict = shallowRef<T | null>(null)
  /** The last failed IndexedDB write (the localStorage copy still holds the text). */
  const error = shallowRef<unknown>(null)
  const tab = options.tab ?? tabId()
  let key: string | null = null
  let baseRev = 0
  let savedSnapshot = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  let saving: Promise<void> = Promise.resolve()
  let stopped = false
  let unsubscribe: (() => void) | undefined

  const accept = (stored: unknown): T | null =>
    stored == null ? null : options.parse ? options.parse(stored) : (stored as T)

  const isDirty = () => value.value !== null && draftSnapshot(value.value) !== savedSnapshot

  function show(next: T, rev: number, stored: string) {
    baseRev = rev
    savedSnapshot = stored
    value.value = next
  }

  async function load(k: string | null) {
    unsubscribe?.()
    clearTimeout(timer)
    key = k
    value.value = null
    conflict.value = null
    // The build's pre-render has no IndexedDB: it renders what the page shows before its draft.
    if (!k || import.meta.env.SSR) return
    const stored = await store.read(k)
    if (key !== k) return
    const unsaved = readJournal<T>(k, tab) ?? adoptOrphan(k, stored)
    const unsavedValue = unsaved ? accept(unsaved.value) : null
    if (unsaved && unsavedValue === null) clearJournal(k, tab)
    const sides = stored ? sidesOf(stored, tab) : undefined
    const mine = sides ? accept(sides.mine) : null
    const storedSnapshot = mine !== null ? draftSnapshot(mine) : ''
    if (unsaved && unsavedValue !== null) show(unsavedValue, unsaved.baseRev, storedSnapshot)
    else if (stored && mine !== null) show(clone(mine), stored.rev, storedSnapshot)
    else {
      const initial = await options.initial()
      if (key !== k) return
      // An unusable stored draft: its revision, so the first save replaces it.
      if (stored) show(initial, stored.rev, '')
      else show(initial, 0, draftSnapshot(initial))
    }
    conflict.value = accept(sides?.theirs != null ? clone(sides.theirs) : null)
    if (isDirty()) void flush()
    unsubscribe = observeQuery(() => store.read(k), {
      next: (latest) => key === k && follow(latest),
      error: (e: unknown) => (error.value = e),
    })
  }

  /** A copy another tab left unsaved and newer than the stored draft becomes this tab's. */
  function adoptOrphan(k: string, stored: StoredDraft<T> | undefined) {
    const orphans = orphanedJournals<T>(k, ORPHAN_AFTER_MS, tab)
      .filter(({ entry }) => !stored || entry.updated_at > stored.updated_at)
      .sort((a, b) => a.entry.updated_at.localeCompare(b.entry.updated_at))
    const newest = orphans.at(-1)
    if (!newest || !writeJournal(k, newest.entry, tab)) return undefined
    for (const orphan of orphans) clearJournal(k, orphan.tab)
    return newest.entry
  }

  function follow(stored: StoredDraft<T> | undefined) {
    if (!stored) return
    const sides = sidesOf(stored, tab)
    const mine = accept(sides.mine)
    conflict.value = accept(sides.theirs != null ? clone(sides.theirs) : null)
    if (stored.rev === baseRev || mine === null) return
    // Another tab saved: take its text in unless this form has typing of its own to save.
    if (!isDirty()) show(clone(mine), stored.rev, draftSnapshot(mine))
  }

  function flush(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    const k = key
    if (stopped || !k || !isDirty()) return saving
    saving = saving
      .then(async () => {
        if (key !== k || value.value === null || !isDirty()) return
        const text = clone(value.value)
        const snapshot = draftSnapshot(text)
        const stored = await store.save(k, text, baseRev, tab)
        error.value = null
        if (key !== k) return
        baseRev = stored.rev
        savedSnapshot = snapshot
        const { theirs } = sidesOf(stored, tab)
        conflict.value = accept(theirs != null ? clone(theirs) : null)
        if (!isDirty()) clearJournal(k, tab)
      })
      .catch((e: unknown) => {
        error.value = e // the localStorage copy keeps the text; the next change tries again
      })
    return saving
  }

  watch(
    value,
    () => {
      if (stopped || !key || value.value === null || !isDirty()) return
      writeJournal(key, { value: value.value, baseRev, updated_at: new Date().toISOString() }, tab)
      clearTimeout(timer)
      timer = setTimeout(() => void flush(), DRAFT_SAVE_DELAY_MS)
    },
    { deep: true, flush: 'sync' },
  )

  watch(() => toValue(options.key), (k) => void load(k).catch((e: unknown) => (error.value = e)), {
    immediate: true,
  })

  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flush()
  }
  const onPageHide = () => void flush()
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', onPageHide)
    document.addEventListener('visibilitychange', onHidden)
  }
  onScopeDispose(() => {
    window.removeEventListener('pagehide', onPageHide)
    document.removeEventListener('visibilitychange', onHidden)
    unsubscribe?.()
    void flush()
  })

  /** Both tabs typed: keep this tab's text (after any merging by hand) and drop the other. */
  async function keepMine() {
    if (!key || value.value === null) return
    await choose(key, clone(value.value))
  }

  /** Both tabs typed: use the other tab's text instead of this one. */
  async function takeTheirs() {
    const k = key
    if (!k || conflict.value === null) return
    await saving
    // The other tab may have typed on since this one last heard: take its latest text.
    const stored = await store.read(k)
    const theirs = accept(clone((stored && sidesOf(stored, tab).theirs) ?? conflict.value)) ?? conflict.value
    await choose(k, theirs)
    value.value = theirs
  }

  async function choose(k: string, chosen: T) {
    await saving
    const stored = await store.resolve(k, chosen, tab)
    baseRev = stored.rev
    savedSnapshot = draftSnapshot(chosen)
    conflict.value = null
    clearJournal(k, tab)
  }

  /** Stops saving (the draft is becoming a record) and waits for any write under way. */
  async function stop(): Promise<void> {
    clearTimeout(timer)
    stopped = true
    await saving
  }

  /** Saves again after `stop()` (making the record failed: the draft is still the person's). */
  function resume() {
    stopped = false
    void flush()
  }

  /**
   * The draft became a record (sent, saved): forget the stored draft and the copy. The form keeps
   * showing `value` (or what the caller sets next) as unchanged.
   */
  async function discard() {
    clearTimeout(timer)
    await saving
    if (!key) return
    clearJournal(key, tab)
    await store.remove(key)
    baseRev = 0
    conflict.value = null
    savedSnapshot = value.value === null ? '' : draftSnapshot(value.value)
    stopped = false
  }

  /** Shows `next` as the form's unchanged state (e.g. the stored profile), storing nothing. */
  function reset(next: T) {
    savedSnapshot = draftSnapshot(next)
    value.value = next
  }

  return { value, conflict, error, isDirty, flush, stop, resume, discard, reset, keepMine, takeTheirs }
}

export type Draft<T> = ReturnType<typeof useDraft<T>>
