export type StorageErrorKind = 'quota' | 'unavailable'

/** Dexie wraps a QuotaExceededError as AbortError with `.inner`; look through the chain. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    const { name, inner } = current as { name?: string; inner?: unknown }
    if (name === 'QuotaExceededError') return true
    current = inner
  }
  return false
}

export function describeStorageError(error: unknown): StorageErrorKind {
  return isQuotaError(error) ? 'quota' : 'unavailable'
}
