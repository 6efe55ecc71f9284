import { describe, expect, it } from 'vitest'
import { describeStorageError, isQuotaError } from '@/data/storageErrors'

describe('storage errors', () => {
  it('recognises a QuotaExceededError directly and wrapped by Dexie as AbortError.inner', () => {
    const quota = new DOMException('full', 'QuotaExceededError')
    expect(isQuotaError(quota)).toBe(true)
    const wrapped = Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota })
    expect(isQuotaError(wrapped)).toBe(true)
    expect(describeStorageError(wrapped)).toBe('quota')
  })
  it('treats anything else as storage being unavailable', () => {
    expect(isQuotaError(new Error('InvalidStateError'))).toBe(false)
    expect(describeStorageError(new DOMException('x', 'InvalidStateError'))).toBe('unavailable')
    expect(describeStorageError(undefined)).toBe('unavailable')
  })
})
