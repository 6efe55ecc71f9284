/**
 * The privacy guard (PRODUCT.md P3): finds personal and confidential data in a text on the device,
 * before it is shared or copied, and replaces it with a placeholder on request.
 *
 * What counts as what — and why ordinary numbers (prices, dates, order numbers) are left alone —
 * is documented in README.md next to this file.
 */
import { findNames } from './names'
import { findNumberData } from './numbers'
import { customTermsPattern, findCustomTerms, findEmails, findIbans } from './patterns'
import type { Finding, FindingKind, PrivacyLocale, PrivacyOptions } from './types'

export type { Confidence, Finding, FindingKind, PrivacyLocale, PrivacyOptions } from './types'
export { findingKinds } from './types'
export {
  isAccountNumber,
  isCardNetworkNumber,
  isIban,
  isNationalIdNumber,
  passesLuhn,
} from './checksums'

/**
 * When two findings overlap, the more specific kind wins: the one whose check is stricter, or
 * which covers the other (an e-mail address holds any digits inside it; a Norwegian IBAN holds an
 * account number). A possible name comes last: the organisation's own term is surer.
 */
const SPECIFICITY: Record<FindingKind, number> = {
  email: 7,
  iban: 6,
  'national-id': 5,
  'card-number': 4,
  'account-number': 3,
  phone: 2,
  custom: 1,
  name: 0,
}

export type PrivacyGuard = (text: string) => Finding[]

/** Compiles the organisation's terms once; the returned function can check text after text. */
export function createPrivacyGuard(options: PrivacyOptions = {}): PrivacyGuard {
  const customPattern = customTermsPattern(options.customTerms ?? [])
  return (text) =>
    resolveOverlaps([
      ...findEmails(text),
      ...findIbans(text),
      ...findNumberData(text),
      ...findCustomTerms(text, customPattern),
      ...findNames(text),
    ])
}

/**
 * All sensitive data in `text`, sorted by start, never overlapping. A finding with confidence
 * `maybe` only looks like its kind (a bare number with a valid checksum, a possible name).
 */
export function findSensitiveData(text: string, options?: PrivacyOptions): Finding[] {
  return createPrivacyGuard(options)(text)
}

function resolveOverlaps(candidates: Finding[]): Finding[] {
  const bySpecificity = [...candidates].sort(
    (a, b) =>
      SPECIFICITY[b.kind] - SPECIFICITY[a.kind] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  )
  const kept: Finding[] = []
  for (const candidate of bySpecificity) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start)
}

export const redactionPlaceholders: Record<PrivacyLocale, Record<FindingKind, string>> = {
  nb: {
    'national-id': '[FØDSELSNUMMER]',
    email: '[E-POST]',
    phone: '[TELEFON]',
    'account-number': '[KONTONUMMER]',
    iban: '[IBAN]',
    'card-number': '[KORTNUMMER]',
    name: '[NAVN]',
    custom: '[NAVN]',
  },
  en: {
    'national-id': '[NATIONAL ID]',
    email: '[EMAIL]',
    phone: '[PHONE]',
    'account-number': '[ACCOUNT NUMBER]',
    iban: '[IBAN]',
    'card-number': '[CARD NUMBER]',
    name: '[NAME]',
    custom: '[NAME]',
  },
}

function assertInside(text: string, finding: Finding): void {
  if (finding.start < 0 || finding.end > text.length || finding.start >= finding.end) {
    throw new RangeError(`Finding ${finding.start}–${finding.end} is outside the text`)
  }
}

/** Replaces one finding with its placeholder (the one-tap fix) and returns the new text. */
export function redactOne(text: string, finding: Finding, locale: PrivacyLocale = 'nb'): string {
  assertInside(text, finding)
  return (
    text.slice(0, finding.start) +
    redactionPlaceholders[locale][finding.kind] +
    text.slice(finding.end)
  )
}

/**
 * Replaces every finding with its placeholder. Findings may come in any order; a finding that
 * overlaps one already replaced is skipped.
 */
export function redact(
  text: string,
  findings: readonly Finding[],
  locale: PrivacyLocale = 'nb',
): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start)
  let result = ''
  let cursor = 0
  for (const finding of sorted) {
    assertInside(text, finding)
    if (finding.start < cursor) continue
    result += text.slice(cursor, finding.start) + redactionPlaceholders[locale][finding.kind]
    cursor = finding.end
  }
  return result + text.slice(cursor)
}
