import { idnr } from '@navikt/fnrvalidator'
import { electronicFormatIBAN, isValidIBAN } from 'ibantools'

/**
 * Fødselsnummer, D-number (and H-/synthetic test numbers): 11 digits, a valid birth date and both
 * control digits. Checked by @navikt/fnrvalidator, which also knows the 2032 rule for the first
 * control digit.
 */
export function isNationalIdNumber(digits: string): boolean {
  return digits.length === 11 && idnr(digits).status === 'valid'
}

const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const

/**
 * Norwegian bank account number: 11 digits, the last is a mod-11 check digit over the first ten.
 * A remainder that would give check digit 10 makes the number invalid.
 * Note: these are the fødselsnummer's second-control-digit weights, so every valid fødselsnummer
 * passes this check too — callers test for the identity number first.
 */
export function isAccountNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 10; i++) sum += ACCOUNT_WEIGHTS[i]! * Number(digits[i])
  const remainder = sum % 11
  const check = remainder === 0 ? 0 : 11 - remainder
  return check !== 10 && check === Number(digits[10])
}

/** The Luhn (mod-10) check used by payment card numbers. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i])
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

/** An IBAN in electronic or printed (spaced) form, validated by ibantools (country, length, mod-97). */
export function isIban(candidate: string): boolean {
  const electronic = electronicFormatIBAN(candidate)
  return electronic !== null && isValidIBAN(electronic)
}

/**
 * Prefixes (IIN ranges) and lengths the card networks issue: Visa, Mastercard (51–55 and
 * 2221–2720), American Express, Diners Club, JCB, Discover/UnionPay and Maestro. Used for a bare
 * number with no word that names it, so a Luhn-valid timestamp (2025…) or tracking number
 * (7…, 1…) is not taken for a card.
 */
const CARD_NETWORKS: readonly (readonly [prefix: RegExp, lengths: readonly number[]])[] = [
  [/^4/, [13, 16, 19]], // Visa
  [/^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, [16]], // Mastercard
  [/^3[47]/, [15]], // American Express
  [/^3(?:0[0-5]|[689])/, [14, 15, 16, 17, 18, 19]], // Diners Club
  [/^35(?:2[89]|[3-8]\d)/, [16, 17, 18, 19]], // JCB
  [/^(?:5[06-9]|6)/, [13, 14, 15, 16, 17, 18, 19]], // Maestro, Discover, UnionPay
]

export function isCardNetworkNumber(digits: string): boolean {
  return CARD_NETWORKS.some(
    ([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length),
  )
}
