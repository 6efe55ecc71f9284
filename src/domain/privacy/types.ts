export const findingKinds = [
  'national-id',
  'email',
  'phone',
  'account-number',
  'iban',
  'card-number',
  'custom',
] as const
export type FindingKind = (typeof findingKinds)[number]

/**
 * One piece of sensitive data in a text. `start` and `end` are string indices (UTF-16 code units,
 * as `String.prototype.slice` uses them); `end` is exclusive.
 */
export interface Finding {
  kind: FindingKind
  start: number
  end: number
}

export type PrivacyLocale = 'nb' | 'en'

export interface PrivacyOptions {
  /** The organisation's own words: customer names, project code names. At least 2 characters. */
  customTerms?: readonly string[]
}
