import { expect } from 'vitest'
import {
  findSensitiveData,
  type Finding,
  type FindingKind,
  type PrivacyOptions,
} from '@/domain/privacy'

/** A kind, or a kind with `?` for a lower-confidence finding ("may be an account number"). */
export type KindSpec = FindingKind | `${FindingKind}?`

/** The finding expected for the `nth` occurrence (0-based) of `needle` in `text`. */
export function at(text: string, needle: string, spec: KindSpec, nth = 0): Finding {
  let index = -1
  for (let k = 0; k <= nth; k++) {
    index = text.indexOf(needle, index + 1)
    if (index < 0) throw new Error(`"${needle}" (occurrence ${nth}) not in "${text}"`)
  }
  const maybe = spec.endsWith('?')
  const kind = (maybe ? spec.slice(0, -1) : spec) as FindingKind
  return { kind, start: index, end: index + needle.length, confidence: maybe ? 'maybe' : 'sure' }
}

/**
 * Asserts the exact findings: each [kind, needle] or [kind, needle, nth], in text order; a kind
 * ending in `?` is a lower-confidence finding.
 */
export function expectFindings(
  text: string,
  expected: ([KindSpec, string] | [KindSpec, string, number])[],
  options?: PrivacyOptions,
): void {
  const want = expected.map(([kind, needle, nth]) => at(text, needle, kind, nth ?? 0))
  expect(findSensitiveData(text, options)).toEqual(want)
}

export function expectNothing(text: string, options?: PrivacyOptions): void {
  expect(findSensitiveData(text, options)).toEqual([])
}
