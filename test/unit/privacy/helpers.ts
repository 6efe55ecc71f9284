import { expect } from 'vitest'
import {
  findSensitiveData,
  type Finding,
  type FindingKind,
  type PrivacyOptions,
} from '@/domain/privacy'

/** The finding expected for the `nth` occurrence (0-based) of `needle` in `text`. */
export function at(text: string, needle: string, kind: FindingKind, nth = 0): Finding {
  let index = -1
  for (let k = 0; k <= nth; k++) {
    index = text.indexOf(needle, index + 1)
    if (index < 0) throw new Error(`"${needle}" (occurrence ${nth}) not in "${text}"`)
  }
  return { kind, start: index, end: index + needle.length }
}

/** Asserts the exact findings: each [kind, needle] or [kind, needle, nth], in text order. */
export function expectFindings(
  text: string,
  expected: ([FindingKind, string] | [FindingKind, string, number])[],
  options?: PrivacyOptions,
): void {
  const want = expected.map(([kind, needle, nth]) => at(text, needle, kind, nth ?? 0))
  expect(findSensitiveData(text, options)).toEqual(want)
}

export function expectNothing(text: string, options?: PrivacyOptions): void {
  expect(findSensitiveData(text, options)).toEqual([])
}
