import { describe, expect, it } from 'vitest'
import { ATTEMPT_LIMITS, attemptTextsFit, utf8Length } from '@/domain/textLimits'

describe('utf8Length', () => {
  it('counts bytes as TextEncoder does, lone surrogates as U+FFFD', () => {
    for (const text of ['', 'abc', 'blåbær', '€', '👩‍👩‍👧', '\u202Eabc', 'a\uD800b', '\uDC00', '漢字'.repeat(10)]) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)
    }
  })
})

describe('attemptTextsFit', () => {
  it('lets long plain text through and stops what the server would refuse', () => {
    expect(attemptTextsFit('a'.repeat(ATTEMPT_LIMITS.prompt), 'b'.repeat(ATTEMPT_LIMITS.output))).toBe(true)
    // 20 000 characters of three bytes each, twice: 120 KB, more than a row may hold.
    expect(attemptTextsFit('漢'.repeat(20_000), '字'.repeat(20_000))).toBe(false)
    expect(attemptTextsFit('😀'.repeat(8_000), '😀'.repeat(8_000))).toBe(false)
  })
})
