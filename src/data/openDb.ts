import type { LoftDb } from './db'

/*
 * Dexie and the schema (`./db`, ~31 KB gzip) are a lazy chunk: the first frame needs none of it
 * (it reads language, theme and onboarding from the boot copy), so on a slow phone network it
 * does not share the bandwidth with the page. Every repo function first gets it (loadedDb below).
 */
let loaded: LoftDb | undefined
let loading: Promise<LoftDb> | undefined
let hold: Promise<unknown> = Promise.resolve()

/** Loads the database module (once) and resolves with the database. */
export function openDb(): Promise<LoftDb> {
  loading ??= hold
    .then(() => import('./db'))
    .then((module) => (loaded = module.db))
    .catch((error: unknown) => {
      // A failed chunk download (offline before the service worker cached it) may succeed later.
      loading = undefined
      throw error
    })
  return loading
}

/**
 * The database if it has loaded, else undefined. Repos start with
 * `const db = loadedDb() ?? (await openDb())`: once loaded there is no await before the first
 * Dexie call, because a liveQuery observes only the calls Dexie can tie to it, and after an await
 * of a non-Dexie promise it loses that tie within a few microtasks (test/unit/openDb.test.ts).
 */
export function loadedDb(): LoftDb | undefined {
  return loaded
}

let release: (() => void) | undefined

/**
 * Delays the database's download until `signal` settles (main.ts: the first paint) or
 * loadDatabaseNow() is called. Only the first openDb() call waits; call this before it.
 */
export function holdDatabaseUntil(signal: Promise<unknown>): void {
  hold = new Promise<void>((resolve) => {
    release = resolve
    signal.then(
      () => resolve(),
      () => resolve(),
    )
  })
}

/**
 * Ends the hold: for a first navigation whose guard must read the database before anything can
 * paint (the Learn guard, when the boot copy says onboarding is unfinished).
 */
export function loadDatabaseNow(): void {
  release?.()
}
