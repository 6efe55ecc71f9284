import { describe, expect, it } from 'vitest'
import { idnr } from '@navikt/fnrvalidator'
import {
  isAccountNumber,
  isCardNetworkNumber,
  isIban,
  isNationalIdNumber,
  passesLuhn,
} from '@/domain/privacy'
import { breakLastDigit, makeAccountNumber, makeNationalId, withLuhn } from './generate'

const birthDates = ['010190', '170585', '290296', '311299', '150700', '280221', '010105', '091163']

describe('fødselsnummer and D-number control digits', () => {
  it.each(birthDates)('our own fødselsnummer for %s passes the library and our wrapper', (date) => {
    const number = makeNationalId(date)
    expect(idnr(number)).toEqual({ status: 'valid', type: 'fnr' })
    expect(isNationalIdNumber(number)).toBe(true)
  })

  it.each(birthDates)('our own D-number for %s is a valid D-number', (date) => {
    const number = makeNationalId(date, 400, true)
    expect(Number(number[0])).toBe(Number(date[0]) + 4)
    expect(idnr(number)).toEqual({ status: 'valid', type: 'dnr' })
    expect(isNationalIdNumber(number)).toBe(true)
  })

  it.each(birthDates)('a wrong second control digit is rejected (%s)', (date) => {
    expect(isNationalIdNumber(breakLastDigit(makeNationalId(date)))).toBe(false)
  })

  it.each(birthDates)(
    'a first control digit outside the 2032 alternatives is rejected (%s)',
    (date) => {
      // We built k1 with remainder 0; the 2032 rule also allows remainders 1–3 (k1+1 … k1+3).
      const number = makeNationalId(date)
      const k1 = Number(number[9])
      const wrongK1 = [4, 5, 6].map((d) => (k1 + d) % 11).find((d) => d < 10)!
      expect(isNationalIdNumber(number.slice(0, 9) + wrongK1 + number[10])).toBe(false)
    },
  )

  it('accepts the known synthetic test numbers', () => {
    for (const n of ['13097248022', '29029648784', '29020075838', '15021951940', '53097248016']) {
      expect(isNationalIdNumber(n), n).toBe(true)
    }
    // H-number, synthetic (Tenor) numbers and the 2032 control-digit rule
    for (const n of ['13527248013', '10915596784', '68467038838', '30108299920', '30108299939']) {
      expect(isNationalIdNumber(n), n).toBe(true)
    }
  })

  it('rejects impossible dates, wrong lengths and letters', () => {
    for (const n of [
      '32127248022',
      '13137248022',
      '29020112345',
      '1309724802',
      '130972480221',
      '1309724802A',
    ]) {
      expect(isNationalIdNumber(n), n).toBe(false)
    }
  })

  it('every valid fødselsnummer also passes the bank-account mod-11 check', () => {
    for (const date of birthDates) {
      expect(isAccountNumber(makeNationalId(date))).toBe(true)
      expect(isAccountNumber(makeNationalId(date, 500, true))).toBe(true)
    }
  })
})

describe('bank account mod 11', () => {
  it.each(['1234567890', '8601111794', '1503000000', '9710123456', '3000123456'])(
    'a generated account from %s is valid and a changed check digit is not',
    (ten) => {
      const account = makeAccountNumber(ten)
      expect(isAccountNumber(account)).toBe(true)
      expect(isAccountNumber(breakLastDigit(account))).toBe(false)
    },
  )

  it('knows a published example account number', () => {
    // 8601 11 17947 is the account inside the well-known Norwegian sample IBAN NO93 8601 1117 947.
    expect(isAccountNumber('86011117947')).toBe(true)
  })

  it('rejects numbers whose check digit would be 10, and non-digits', () => {
    // Find a ten-digit body whose check digit would be 10: no final digit makes it valid.
    let body = 1000000000
    const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    for (; ; body++) {
      const sum = [...String(body)].reduce((acc, d, i) => acc + weights[i]! * Number(d), 0)
      if (sum % 11 === 1) break
    }
    for (let last = 0; last <= 9; last++) expect(isAccountNumber(`${body}${last}`)).toBe(false)
    expect(isAccountNumber('1234.56.78903')).toBe(false)
  })
})

describe('Luhn and IBAN', () => {
  it('passes generated and well-known card numbers, fails changed ones', () => {
    for (const card of [
      '4111111111111111',
      '5555555555554444',
      '378282246310005',
      withLuhn('523456789012345'),
    ]) {
      expect(passesLuhn(card), card).toBe(true)
      expect(passesLuhn(breakLastDigit(card)), card).toBe(false)
    }
  })

  it('validates IBANs in electronic and printed form', () => {
    expect(isIban('NO9386011117947')).toBe(true)
    expect(isIban('NO93 8601 1117 947')).toBe(true)
    expect(isIban('DE89 3704 0044 0532 0130 00')).toBe(true)
    expect(isIban('GB82WEST12345698765432')).toBe(true)
    expect(isIban('NO9386011117948')).toBe(false)
    expect(isIban('NO93 8601 1117 94')).toBe(false)
  })

  it("knows the card networks by prefix and length (the networks' published test numbers)", () => {
    for (const card of [
      '4111111111111111', // Visa
      '4222222222222', // Visa, 13
      '5555555555554444', // Mastercard
      '2223003122003222', // Mastercard 2-series
      '378282246310005', // American Express
      '30569309025904', // Diners Club, 14
      '6011111111111117', // Discover
      '3530111333300000', // JCB
      '6200000000000005', // UnionPay
      '6759649826438453', // Maestro
    ]) {
      expect(isCardNetworkNumber(card), card).toBe(true)
      expect(passesLuhn(card), card).toBe(true)
    }
    for (const other of [
      '2025051714300012', // a timestamp: 2025 is below Mastercard's 2221
      '1234567890123452', // no network starts with 1, 7, 8 or 9
      '7071234567890123',
      '8111111111111111',
      '9111111111111111',
      '555555555555444', // Mastercard is 16 digits
      '37828224631000', // Amex is 15
      '411111111111111', // Visa is 13, 16 or 19
    ]) {
      expect(isCardNetworkNumber(other), other).toBe(false)
    }
  })
})
