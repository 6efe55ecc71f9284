import { describe, expect, it } from 'vitest'
import { findSensitiveData } from '@/domain/privacy'

/*
 * Not a timing test (timings live in test/bench): these inputs would take seconds or minutes with
 * a backtracking-prone pattern, so finishing at all shows the patterns stay linear.
 */
describe('pathological inputs finish quickly', () => {
  it.each([
    ['a long run of e-mail characters without @', 'a.'.repeat(20_000)],
    ['a long e-mail-like domain without a top-level domain', `x@${'a-'.repeat(20_000)}`],
    ['a long run of digits', '9'.repeat(50_000)],
    ['digits separated by single spaces', '1 '.repeat(25_000)],
    ['digits and dots', '12.'.repeat(15_000)],
    ['IBAN-like groups', `NO93${' ABCD'.repeat(10_000)}`],
    ['upper-case letters and digits', 'AB12'.repeat(12_000)],
  ])('%s', (_label, text) => {
    const started = performance.now()
    findSensitiveData(text, { customTerms: ['Nordlys', 'Prosjekt Fjellrev'] })
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
