import { describe, expect, it } from 'vitest'
import { formatMegabytes } from '@/domain/megabytes'

const intl = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000)

// Byte counts around every kind of boundary: halves of a tenth, whole megabytes, thousands.
const samples = [
  0,
  1,
  49_999,
  50_000,
  99_999,
  100_000,
  1_449_999,
  1_450_000,
  1_000_000,
  9_950_000,
  999_950_000,
  1_234_567_890,
  12_345_678_901,
  300_000_000_000,
  2 ** 53 - 1,
]
let seed = 42
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 ** (1 + (seed % 12))
for (let i = 0; i < 500; i++) samples.push(Math.floor(random()))

describe('formatMegabytes', () => {
  for (const locale of ['nb', 'en'] as const) {
    it(`writes what Intl.NumberFormat writes in ${locale}`, () => {
      for (const bytes of samples)
        expect(formatMegabytes(bytes, locale), `${bytes}`).toBe(intl(bytes, locale))
    })
  }

  it('reads as people expect', () => {
    expect(formatMegabytes(1_450_000, 'nb')).toBe('1,5')
    expect(formatMegabytes(1_234_500_000, 'nb')).toBe('1\u00a0234,5')
    expect(formatMegabytes(1_234_500_000, 'en')).toBe('1,234.5')
    expect(formatMegabytes(0, 'en')).toBe('0')
  })
})
