/**
 * Test-number generators, computed from the official rules (not from the code under test):
 * fødselsnummer control digits (Skatteetaten), the bank-account mod-11 check digit, Luhn.
 */
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2]
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

function mod11Control(digits: string, weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0)
  const control = (11 - (sum % 11)) % 11
  return control === 10 ? null : control
}

/**
 * A fødselsnummer for the date `ddmmyy` (D-number: first digit + 4), using the classic rule
 * (k1 remainder 0). Tries individual numbers from `individual` upwards until both controls are
 * single digits.
 */
export function makeNationalId(ddmmyy: string, individual = 123, dNumber = false): string {
  const birth = dNumber ? String(Number(ddmmyy[0]) + 4) + ddmmyy.slice(1) : ddmmyy
  for (let n = individual; n < individual + 100; n++) {
    const nine = birth + String(n % 1000).padStart(3, '0')
    const k1 = mod11Control(nine, K1_WEIGHTS)
    if (k1 === null) continue
    const k2 = mod11Control(nine + k1, K2_WEIGHTS)
    if (k2 === null) continue
    return nine + k1 + k2
  }
  throw new Error('no valid individual number found')
}

/** A Norwegian account number: bank code (4) + account group (2) + 4 digits + mod-11 check. */
export function makeAccountNumber(firstTen: string): string {
  for (let bump = 0; bump < 20; bump++) {
    const ten = (BigInt(firstTen) + BigInt(bump)).toString().padStart(10, '0')
    const control = mod11Control(ten, K2_WEIGHTS)
    if (control !== null) return ten + control
  }
  throw new Error('no valid account number found')
}

/** Appends the Luhn check digit. */
export function withLuhn(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return body + ((10 - (sum % 10)) % 10)
}

/** Changes the last digit, so any check digit breaks. */
export function breakLastDigit(digits: string): string {
  const last = Number(digits[digits.length - 1])
  return digits.slice(0, -1) + ((last + 1) % 10)
}

/** Formats digits in the given group lengths joined by `sep`, e.g. group('12345678901', [4,2,5], '.'). */
export function group(digits: string, lengths: number[], sep = ' '): string {
  const parts: string[] = []
  let at = 0
  for (const len of lengths) {
    parts.push(digits.slice(at, at + len))
    at += len
  }
  return parts.join(sep)
}
