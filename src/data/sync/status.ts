import type { OutboxEntry } from '../db'
import type { SyncErrorCode } from './errors'

export type SyncState = 'synced' | 'pending' | 'syncing' | 'offline' | 'error' | 'local'

/** What the UI shows about sync. */
export interface SyncStatus {
  state: SyncState
  /** Outbox entries not yet on the server. */
  pending: number
  /** Entries the server refused, with their reason; kept until the user retries or dismisses them. */
  rejected: OutboxEntry[]
  lastError?: SyncErrorCode
  /** ISO time of the last complete push + pull. */
  lastSyncedAt?: string
}

/**
 * The leader tab's last run, stored in `syncState` so that every tab shows the same status
 * (followers see it through liveQuery).
 */
export interface RunRecord {
  phase: 'idle' | 'syncing' | 'error'
  lastError?: SyncErrorCode
  lastSyncedAt?: string
}

export const RUN_KEY = 'run'

export function deriveStatus(input: {
  signedIn: boolean
  online: boolean
  run: RunRecord | undefined
  pending: number
  rejected: OutboxEntry[]
}): SyncStatus {
  const { run, pending, rejected } = input
  const state: SyncState = !input.signedIn
    ? 'local'
    : !input.online
      ? 'offline'
      : run?.phase === 'syncing'
        ? 'syncing'
        : run?.phase === 'error'
          ? 'error'
          : pending > 0
            ? 'pending'
            : 'synced'
  const status: SyncStatus = { state, pending, rejected }
  if (run?.lastError && run.phase === 'error') status.lastError = run.lastError
  if (run?.lastSyncedAt) status.lastSyncedAt = run.lastSyncedAt
  return status
}
