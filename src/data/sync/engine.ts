import { liveQuery, type Subscription } from 'dexie'
import type { LoftDb } from '../db'
import type { Remote } from '../remote/types'
import { applyPage, markForRepull, noteSeen, readCursor, sweepUnseen } from './apply'
import { CONFLICT_PREFIX } from './conflicts'
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff'
import { errorCode, isTransient, type SyncErrorCode } from './errors'
import { nextBatch, recordResults, sendBatch, stillQueued } from './push'
import { browserEnvironment, SyncScheduler, type SyncEnvironment } from './scheduler'
import { isSyncedTable } from './tables'
import { deriveStatus, RUN_KEY, type RunRecord, type SyncStatus } from './status'

export const SYNC_LOCK_NAME = 'loft-sync'
/** A tab that does not lead asks the leading tab to pull on this channel (pullSoon). */
export const PULL_CHANNEL_NAME = 'loft-sync-pull'

/** The part of the Web Locks API the engine uses (`navigator.locks`). */
export type LockManagerLike = Pick<LockManager, 'request'>

export interface SyncEngineOptions {
  db: LoftDb
  /** `null` in local mode (no account): nothing is pushed, rows wait in the outbox. */
  remote: Remote | null
  /** Who `remote` signs in as: the pull cursor is bound to this person (see setRemote). */
  userId?: string | null
  /** Leader election between tabs. Default `navigator.locks`; `null` or absent: this tab syncs. */
  lock?: LockManagerLike | null
  env?: SyncEnvironment
  /** Clock for `lastSyncedAt`, in ms since the epoch. */
  now?: () => number
  /** Jitter source in [0, 1). */
  random?: () => number
  /** Waits between retries; resolves early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  backoff?: Partial<BackoffPolicy>
  /** Outbox entries per push request. */
  batchSize?: number
  /** Changes per pull page. */
  pageSize?: number
  intervalMs?: number
  debounceMs?: number
}

export interface SyncOutcome {
  /** `false` when the run did not complete (offline, gave up after retries, stopped, or another tab leads). */
  ok: boolean
  /** Outbox entries the server answered `applied`. */
  applied: number
  /** Outbox entries the server answered `rejected` in this run. */
  rejected: number
  /** Changes received. */
  pulled: number
  /** Transient failures retried in this run. */
  retries: number
  error?: SyncErrorCode
  /** Set when the run did not start, and why. */
  skipped?: 'follower' | 'offline' | 'local'
}

type Listener = (status: SyncStatus) => void

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
  })
}

function emptyOutcome(): SyncOutcome {
  return { ok: true, applied: 0, rejected: 0, pulled: 0, retries: 0 }
}

/**
 * Moves data between this device's Dexie database and the server: pushes the outbox in order,
 * pulls what changed page by page, and keeps a status the UI can show. One tab leads (Web Locks);
 * the others see the results through liveQuery.
 */
export class SyncEngine {
  private readonly db: LoftDb
  private remote: Remote | null
  private userId: string | null
  private readonly lock: LockManagerLike | null
  private readonly env: SyncEnvironment
  private readonly now: () => number
  private readonly random: () => number
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  private readonly backoff: BackoffPolicy
  private readonly batchSize: number
  private readonly pageSize: number
  private readonly scheduler: SyncScheduler

  private started = false
  private leader = false
  private abort = new AbortController()
  /** Aborts the run in progress only (sign-out), not the tab's leadership. */
  private runAbort = new AbortController()
  private releaseLeadership: (() => void) | undefined
  private current: Promise<SyncOutcome> | undefined
  private again = false

  private status: SyncStatus = { state: 'local', pending: 0, rejected: [] }
  private readonly listeners = new Set<Listener>()
  private feed: Subscription | undefined
  private pullChannel: BroadcastChannel | undefined
  private feedValue:
    { pending: number; rejected: SyncStatus['rejected']; run?: RunRecord } | undefined

  constructor(options: SyncEngineOptions) {
    this.db = options.db
    this.remote = options.remote
    this.userId = options.userId ?? null
    this.lock = options.lock === undefined ? (globalThis.navigator?.locks ?? null) : options.lock
    this.env = options.env ?? browserEnvironment()
    this.now = options.now ?? Date.now
    this.random = options.random ?? Math.random
    this.sleep = options.sleep ?? defaultSleep
    this.backoff = { ...defaultBackoff, ...options.backoff }
    this.batchSize = options.batchSize ?? 200
    this.pageSize = options.pageSize ?? 500
    this.scheduler = new SyncScheduler({
      sync: () => this.syncNow(),
      env: this.env,
      intervalMs: options.intervalMs,
      debounceMs: options.debounceMs,
      onConnectivity: () => this.publish(),
    })
    this.status = this.computeStatus()
  }

  /** True while this tab is the one that syncs. */
  get isLeader(): boolean {
    return this.leader
  }

  /**
   * Signing in gives a Remote and the person it acts for; signing out takes it away (`null`:
   * local mode). Entries written in local mode have no `user_id`; the server fills it in when
   * they are pushed after sign-in. A run already going on with the previous Remote is not
   * stopped here: signing out also calls `forgetServerData()`, which stops it.
   */
  setRemote(remote: Remote | null, userId: string | null = null): void {
    this.remote = remote
    this.userId = remote ? userId : null
    this.publish()
    if (remote && this.leader) void this.syncNow()
  }

  /** Starts the status feed, asks to become the syncing tab and, once it is, the sync triggers. */
  start(): void {
    if (this.started) return
    this.started = true
    this.abort = new AbortController()
    this.startFeed()
    if (!this.lock) {
      this.becomeLeader()
      return
    }
    const signal = this.abort.signal
    // Held for the life of the tab: when the leading tab closes, the next waiting tab takes over.
    this.lock
      .request(SYNC_LOCK_NAME, { signal }, () => {
        if (signal.aborted) return undefined
        this.becomeLeader()
        return new Promise<void>((resolve) => (this.releaseLeadership = resolve))
      })
      .catch((error: unknown) => {
        if (!signal.aborted) throw error
      })
  }

  /**
   * A screen showing live content (the community feed) wants fresh rows now: on focus, on
   * `online`, every few seconds while it is visible, or when the server says something changed.
   * The leading tab syncs (a pull with a cursor is cheap; overlapping asks share one run); a tab
   * that does not lead asks the leader (BroadcastChannel). Offline or signed out: nothing.
   */
  pullSoon(): void {
    if (!this.remote || !this.env.isOnline()) return
    if (this.started && !this.leader) {
      this.channel()?.postMessage('pull')
      return
    }
    void this.syncNow()
  }

  /**
   * Follows the server's "something changed" messages for an organisation (Supabase Realtime,
   * channel `org:<id>`), each one a pullSoon: rows still arrive only through the pull. Returns
   * the function that stops following; a Remote without messages (PGlite, the demo) does nothing.
   */
  followOrganisation(organisationId: string): () => void {
    const remote = this.remote
    if (!remote?.subscribeChanges) return () => {}
    return remote.subscribeChanges(organisationId, () => this.pullSoon())
  }

  private channel(): BroadcastChannel | undefined {
    if (typeof BroadcastChannel === 'undefined') return undefined
    return (this.pullChannel ??= new BroadcastChannel(PULL_CHANNEL_NAME))
  }

  /** Stops triggers, leaves leadership and waits for a running sync to wind down. */
  async stop(): Promise<void> {
    if (!this.started) return
    this.started = false
    this.scheduler.stop()
    this.abort.abort()
    this.runAbort.abort()
    this.leader = false
    this.releaseLeadership?.()
    this.releaseLeadership = undefined
    this.feed?.unsubscribe()
    this.feed = undefined
    this.pullChannel?.close()
    this.pullChannel = undefined
    await this.current?.catch(() => undefined)
    this.runAbort = new AbortController()
  }

  /**
   * Syncs now (push, then pull). In a tab that is not the leader this does nothing: the leader
   * notices new outbox entries itself. Overlapping calls share one run, plus one more if asked
   * again while running.
   */
  syncNow(): Promise<SyncOutcome> {
    if (this.started && !this.leader) {
      return Promise.resolve({ ...emptyOutcome(), ok: false, skipped: 'follower' })
    }
    if (this.current) {
      this.again = true
      return this.current
    }
    const run = async () => {
      let outcome: SyncOutcome
      do {
        this.again = false
        outcome = await this.runOnce()
      } while (this.again && outcome.ok)
      return outcome
    }
    this.current = run().finally(() => (this.current = undefined))
    return this.current
  }

  getStatus(): SyncStatus {
    return this.status
  }

  /** Calls `listener` now and on every status change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    this.startFeed()
    listener(this.status)
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0 && !this.started) {
        this.feed?.unsubscribe()
        this.feed = undefined
      }
    }
  }

  /**
   * Drops every row that came from the server, the cursor and the conflict notices, so the next
   * pull starts from scratch — for sign-out or another account on this device. Rows with pending
   * entries stay.
   * A run in progress is aborted and awaited first: a pull page that arrives after this must
   * never write the previous person's rows back.
   */
  async forgetServerData(): Promise<void> {
    this.runAbort.abort()
    while (this.current) await this.current.catch(() => undefined)
    try {
      await applyPage(this.db, [], null, { reset: true })
      // Conflict notices name the previous person's edits: not for whoever signs in next.
      await this.db.syncState.where('key').startsWith(CONFLICT_PREFIX).delete()
      // The last insight answers fetched (HR's figures, the privacy preview) were for this person.
      await this.db.insightsCache.clear()
      await this.db.matrixCache.clear()
    } finally {
      this.runAbort = new AbortController()
    }
  }

  /**
   * Puts rejected entries back in the queue (e.g. after the user fixed what was wrong), each
   * under a new mutation id: the server remembers its answer to the old id and would only repeat
   * the refusal.
   */
  async retryRejected(ids?: string[]): Promise<void> {
    const rejected = this.db.outbox.where('state').equals('rejected')
    const chosen = ids ? rejected.filter((entry) => ids.includes(entry.id)) : rejected
    await chosen.modify((entry) => {
      entry.id = crypto.randomUUID()
      entry.state = 'pending'
      delete entry.reason
    })
  }

  /**
   * The user has seen a rejected entry and lets it go; nothing else ever removes one. The row
   * stays as the server has it: the local version is dropped (unless later changes to it still
   * wait in the outbox) and the next pull fetches everything again (markForRepull), which brings
   * the server's version back — or nothing, for a row the server never had.
   */
  async dismissRejected(id: string): Promise<void> {
    const db = this.db
    const entry = await db.outbox.where({ id }).first()
    if (!entry || entry.state !== 'rejected') return
    const tables = isSyncedTable(entry.table) ? [db.table(entry.table)] : []
    await db.transaction('rw', [db.outbox, db.syncState, ...tables], async () => {
      const removed = await db.outbox
        .where({ id })
        .filter((e) => e.state === 'rejected')
        .delete()
      if (removed === 0) return
      const rowId = entry.row.id
      const later = await db.outbox
        .where('table')
        .equals(entry.table)
        .filter((e) => e.row.id === rowId)
        .count()
      if (later === 0 && tables[0] && typeof rowId === 'string') await tables[0].delete(rowId)
      await markForRepull(db)
    })
    this.scheduler.localWrite()
  }

  private becomeLeader(): void {
    this.leader = true
    this.scheduler.start()
    const channel = this.channel()
    if (channel) channel.onmessage = () => this.pullSoon()
  }

  private async runOnce(): Promise<SyncOutcome> {
    const remote = this.remote
    const owner = this.userId
    const signal = this.runAbort.signal
    if (!remote) return { ...emptyOutcome(), ok: false, skipped: 'local' }
    if (!this.env.isOnline()) return { ...emptyOutcome(), ok: false, skipped: 'offline' }
    const outcome = emptyOutcome()
    const previous = await this.db.syncState.get(RUN_KEY)
    const lastSyncedAt = (previous?.value as RunRecord | undefined)?.lastSyncedAt
    await this.writeRun({ phase: 'syncing', lastSyncedAt })
    try {
      await this.push(remote, outcome, signal)
      await this.pull(remote, owner, outcome, signal)
      if (signal.aborted) {
        outcome.ok = false
        await this.writeRun({ phase: 'idle', lastSyncedAt })
      } else {
        await this.writeRun({ phase: 'idle', lastSyncedAt: new Date(this.now()).toISOString() })
      }
    } catch (error) {
      outcome.ok = false
      if (signal.aborted) {
        // Stopped (sign-out, or the tab closing) while a request failed: not an error to show.
        await this.writeRun({ phase: 'idle', lastSyncedAt })
        return outcome
      }
      outcome.error = errorCode(error)
      await this.writeRun({ phase: 'error', lastError: outcome.error, lastSyncedAt })
      if (!isTransient(error) && outcome.error === 'unknown') console.error('sync failed', error)
    }
    return outcome
  }

  private async push(remote: Remote, outcome: SyncOutcome, signal: AbortSignal): Promise<void> {
    for (;;) {
      if (signal.aborted) return
      let batch = await nextBatch(this.db, this.batchSize)
      if (batch.length === 0) return
      const results = await this.withRetry(outcome, signal, async (attempt) => {
        // A retry sends what is still queued: entries dropped meanwhile ("delete my data") or
        // given a new id (retry) are not sent under their old form.
        if (attempt > 1) batch = await stillQueued(this.db, batch)
        // An anonymous idea goes alone, by its own call (push.ts, sendBatch).
        return sendBatch(remote, batch)
      })
      if (batch.length === 0) continue
      const answered = await recordResults(this.db, batch, results)
      for (const result of results) {
        if (result.status === 'applied') outcome.applied++
        else outcome.rejected++
      }
      // A server that answers nothing would make this loop spin; leave the rest for the next run.
      if (answered === 0) throw new Error('push: the server answered none of the batch')
    }
  }

  private async pull(
    remote: Remote,
    owner: string | null,
    outcome: SyncOutcome,
    signal: AbortSignal,
  ): Promise<void> {
    const start = await readCursor(this.db, owner)
    let { cursor, reset } = start
    // A pull from scratch after dismiss or "delete my data": the rows stay in sight meanwhile,
    // and what it did not bring goes at its end. Cut short, the next run starts it again.
    let seen = start.sweep ? new Map<string, Set<string>>() : null
    for (;;) {
      if (signal.aborted) return
      const page = await this.withRetry(outcome, signal, () => remote.pull(cursor, this.pageSize))
      // Aborted while the page was on its way (sign-out): it must not be written.
      if (signal.aborted) return
      // `reset`: this page starts from scratch; the local server data is replaced with it.
      await applyPage(this.db, page.changes, page.cursor, {
        reset: reset || page.reset === true,
        owner,
      })
      if (page.reset) seen = null // the server's reset replaced everything already
      if (seen) noteSeen(seen, page.changes)
      reset = false
      outcome.pulled += page.changes.length
      cursor = page.cursor
      if (!page.hasMore) {
        if (seen) await sweepUnseen(this.db, seen)
        return
      }
    }
  }

  /** Runs one request, retrying transient failures with exponential backoff and jitter. */
  private async withRetry<T>(
    outcome: SyncOutcome,
    signal: AbortSignal,
    request: (attempt: number) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(attempt)
      } catch (error) {
        if (!isTransient(error) || attempt >= this.backoff.maxAttempts) throw error
        if (signal.aborted) throw error
        outcome.retries++
        await this.sleep(backoffDelay(attempt, this.backoff, this.random), signal)
        if (signal.aborted) throw error
      }
    }
  }

  private async writeRun(run: RunRecord): Promise<void> {
    // Stored so that every tab shows the leader's state; a plain object, no undefined fields.
    await this.db.syncState.put({ key: RUN_KEY, value: JSON.parse(JSON.stringify(run)) })
  }

  private startFeed(): void {
    if (this.feed) return
    const db = this.db
    this.feed = liveQuery(async () => {
      const [pending, rejected, run] = await Promise.all([
        db.outbox.where('state').equals('pending').count(),
        db.outbox.where('state').equals('rejected').sortBy('seq'),
        db.syncState.get(RUN_KEY),
      ])
      return { pending, rejected, run: run?.value as RunRecord | undefined }
    }).subscribe({
      next: (value) => {
        const grew = value.pending > (this.feedValue?.pending ?? 0)
        this.feedValue = value
        this.publish()
        if (grew) this.scheduler.localWrite()
      },
      error: (error: unknown) => console.error('sync status feed failed', error),
    })
  }

  private computeStatus(): SyncStatus {
    return deriveStatus({
      signedIn: this.remote !== null,
      online: this.env.isOnline(),
      run: this.feedValue?.run,
      pending: this.feedValue?.pending ?? 0,
      rejected: this.feedValue?.rejected ?? [],
    })
  }

  private publish(): void {
    this.status = this.computeStatus()
    for (const listener of this.listeners) listener(this.status)
  }
}
