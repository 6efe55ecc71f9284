import { RemoteUnavailableError } from '../remote/types'

/** Stable codes for the status line; the UI translates them. */
export type SyncErrorCode = 'unavailable' | 'network' | 'quota' | 'unknown'

const networkMessage = /fetch|network|load failed/i

/** A failure worth retrying: the server could not be reached or answered "try later". */
export function isTransient(error: unknown): boolean {
  if (error instanceof RemoteUnavailableError) return true
  // fetch() rejects with a TypeError when the network fails ("Failed to fetch", Safari: "Load failed").
  return error instanceof TypeError && networkMessage.test(error.message)
}

export function errorCode(error: unknown): SyncErrorCode {
  if (error instanceof RemoteUnavailableError) return 'unavailable'
  if (isTransient(error)) return 'network'
  if (isQuotaError(error)) return 'quota'
  return 'unknown'
}

/** Dexie wraps a QuotaExceededError raised inside a transaction as `AbortError` with `inner`. */
function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as { inner?: unknown }).inner) {
    if (e.name === 'QuotaExceededError') return true
  }
  return false
}
