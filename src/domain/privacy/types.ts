export const findingKinds = [
  'national-id',
  'email',
  'phone',
  'account-number',
  'iban',
  'card-number',
  'name',
  'custom',
] as const
export type FindingKind = (typeof findingKinds)[number]

/**
 * How sure the guard is. `sure`: the written form or a keyword says what it is (a fødselsnummer
 * with valid control digits, "konto 1234.56.78903", an e-mail address). `maybe`: it only looks
 * like it — a bare number with a valid checksum and no word that names it, or a common given name
 * followed by a capitalised word. The person has to look; the UI says "may be …".
 */
export type Confidence = 'sure' | 'maybe'

/**
 * One piece of sensitive data in a text. `start` and `end` are string indices (UTF-16 code units,
 * as `String.prototype.slice` uses them); `end` is exclusive.
 */
export interface Finding {
  kind: FindingKind
  start: number
  end: number
  confidence: Confidence
}

export type PrivacyLocale = 'nb' | 'en'

export interface PrivacyOptions {
  /** The organisation's own words: customer names, project code names. At least 2 characters. */
  customTerms?: readonly string[]
}
