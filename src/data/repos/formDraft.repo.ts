import type { Table } from 'dexie'
import type { ChallengeDraftRow, DraftMeta, LoftDb } from '../db'
import { loadedDb, openDb } from '../openDb'

/** A draft as stored: its value and what the two-tab check needs (see useDraft). */
export interface StoredDraft<T> {
  value: T
  /** Counts the writes; a save based on an older revision from another tab is a conflict. */
  rev: number
  /** The tab that wrote it last. */
  tab: string
  updated_at: string
  /**
   * Two tabs edited the same draft: the other tab's version, kept beside `value` until the person
   * chooses. While it is here, each tab's saves replace only its own version (`tab` says whose).
   */
  other: { value: T; tab: string; updated_at: string } | null
}

/** This tab's version of a stored draft, and the other tab's if both edited it. */
export function sidesOf<T>(stored: StoredDraft<T>, tab: string): { mine: T; theirs: T | null } {
  if (!stored.other) return { mine: stored.value, theirs: null }
  return stored.other.tab === tab
    ? { mine: stored.other.value, theirs: stored.value }
    : { mine: stored.value, theirs: stored.other.value }
}

/** Where one kind of draft is kept. `read` is usable inside liveQuery. */
export interface DraftStore<T> {
  read(key: string): Promise<StoredDraft<T> | undefined>
  /**
   * Stores `value` as this tab's next revision. If another tab stored a different text since
   * `baseRev`, that text is kept as `other` (nothing is overwritten silently).
   */
  save(key: string, value: T, baseRev: number, tab: string): Promise<StoredDraft<T>>
  /** The person chose `value` over the conflicting version: store it and forget the other. */
  resolve(key: string, value: T, tab: string): Promise<StoredDraft<T>>
  remove(key: string): Promise<void>
}

/** The text of a draft without its timestamps: two drafts with the same snapshot are the same. */
export function draftSnapshot(value: unknown): string {
  return JSON.stringify(value, (name, v: unknown) => (name === 'updated_at' ? undefined : v))
}

// A plain copy: Vue proxies cannot be cloned into IndexedDB.
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

interface RowMapping<T, R> {
  table(db: LoftDb): Table<R, string>
  toRow(key: string, draft: StoredDraft<T>): R
  fromRow(row: R): StoredDraft<T>
}

function draftStore<T, R>(map: RowMapping<T, R>): DraftStore<T> {
  async function write(
    key: string,
    next: (current: StoredDraft<T> | undefined, now: string) => StoredDraft<T> | undefined,
  ): Promise<StoredDraft<T>> {
    const db = loadedDb() ?? (await openDb())
    const table = map.table(db)
    return db.transaction('rw', table, async () => {
      const row = await table.get(key)
      const current = row ? map.fromRow(row) : undefined
      const stored = next(current, new Date().toISOString())
      if (!stored) return current!
      await table.put(map.toRow(key, stored))
      return stored
    })
  }

  return {
    async read(key) {
      const db = loadedDb() ?? (await openDb())
      const row = await map.table(db).get(key)
      return row ? map.fromRow(row) : undefined
    },
    save(key, input, baseRev, tab) {
      const value = plain(input)
      return write(key, (current, now) => {
        if (!current) return { value, rev: 1, tab, updated_at: now, other: null }
        const rev = current.rev + 1
        if (current.other) {
          // A conflict waits for the person's choice: replace this tab's version only.
          return current.other.tab === tab
            ? { ...current, rev, other: { value, tab, updated_at: now } }
            : { ...current, value, tab, rev, updated_at: now }
        }
        if (current.rev === baseRev || current.tab === tab) {
          return { value, rev, tab, updated_at: now, other: null }
        }
        // Another tab stored a newer version since this text was loaded: keep both.
        if (draftSnapshot(current.value) === draftSnapshot(value)) return undefined
        const other = { value: current.value, tab: current.tab, updated_at: current.updated_at }
        return { value, rev, tab, updated_at: now, other }
      })
    },
    resolve(key, input, tab) {
      const value = plain(input)
      return write(key, (current, now) => ({
        value,
        rev: (current?.rev ?? 0) + 1,
        tab,
        updated_at: now,
        other: null,
      }))
    },
    async remove(key) {
      const db = loadedDb() ?? (await openDb())
      await map.table(db).delete(key)
    },
  }
}

/** Drafts of forms other than challenges (library share, review, profile, admin words). */
export const formDrafts: DraftStore<unknown> = draftStore({
  table: (db) => db.drafts,
  toRow: (key, d) => ({ key, ...d }),
  fromRow: (row) => ({
    value: row.value,
    rev: row.rev ?? 0,
    tab: row.tab ?? '',
    updated_at: row.updated_at,
    other: row.other ?? null,
  }),
})

/** A typed view of `formDrafts` for one kind of form. */
export const formDraftStore = <T>() => formDrafts as DraftStore<T>

type ChallengeDraftValue = ChallengeDraftRow

/** Challenge drafts keep their own table (listed on the challenges page), keyed by challenge. */
export const challengeDrafts: DraftStore<ChallengeDraftValue> = draftStore<
  ChallengeDraftValue,
  ChallengeDraftRow & DraftMeta
>({
  // Keyed by challenge_id, which Dexie's EntityTable marks optional on insert; it never is here.
  table: (db) => db.challengeDrafts as unknown as Table<ChallengeDraftRow & DraftMeta, string>,
  toRow: (key, d) => ({
    ...d.value,
    challenge_id: key,
    updated_at: d.updated_at,
    rev: d.rev,
    tab: d.tab,
    other: d.other,
  }),
  fromRow: ({ rev, tab, other, ...value }) => ({
    value,
    rev: rev ?? 0,
    tab: tab ?? '',
    updated_at: value.updated_at,
    other: (other as StoredDraft<ChallengeDraftValue>['other']) ?? null,
  }),
})
