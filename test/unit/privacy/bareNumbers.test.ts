import { describe, expect, it } from 'vitest'
import { isNationalIdNumber } from '@/domain/privacy'
import { expectFindings, expectNothing } from './helpers'
import { breakLastDigit, group, makeAccountNumber, makeNationalId, withLuhn } from './generate'

/*
 * Bare numbers: an unformatted 11-digit account number or 16-digit card number with no keyword
 * that names it. A valid checksum makes it "may be an account / card number" (a lower-confidence
 * finding, `?` below); a keyword that names it ("konto", "kort") makes it sure; a keyword that
 * names another kind of number ("KID", "ordre") right before it leaves it alone.
 */
const accounts = [
  '1503123456',
  '9710456789',
  '3000555555',
  '1254054321',
  '9486123456',
  '8601111794',
].map((ten) => makeAccountNumber(ten))
const cards = [
  withLuhn('411111111111111'),
  withLuhn('545454545454545'),
  withLuhn('222300000000000'),
  withLuhn('601100000000000'),
  withLuhn('356600000000000'),
]

describe('bare account numbers (11 digits, mod 11)', () => {
  it('the test accounts are not identity numbers (which pass mod 11 too)', () => {
    expect(accounts.filter(isNationalIdNumber)).toEqual([])
  })

  it.each(accounts)('%s in a sentence with no keyword is "may be an account number"', (account) => {
    const text = `Reiseregningen refunderes til ${account} innen fredag.`
    expectFindings(text, [['account-number?', account]])
  })

  it('is found at the start and at the end of a text, and after a line break', () => {
    const [a, b, c] = accounts
    const text = `${a!} er det nye nummeret.\nPengene går til\n${b!}\nog resten til ${c!}`
    expectFindings(text, [
      ['account-number?', a!],
      ['account-number?', b!],
      ['account-number?', c!],
    ])
  })

  it('is found after an amount further back in the sentence (the amount owns its "kr")', () => {
    const text = `Overfør 5 000 kr til ${accounts[0]!} i dag, og 250 NOK til ${accounts[1]!}.`
    expectFindings(text, [
      ['account-number?', accounts[0]!],
      ['account-number?', accounts[1]!],
    ])
  })

  it('is found after an order number that owns the word "ordre"', () => {
    const text = `Ordre 4512378: refunder beløpet til ${accounts[2]!}.`
    expectFindings(text, [['account-number?', accounts[2]!]])
  })

  it('is found when a word for another number is part of the sentence, not its label', () => {
    const text =
      `Fakturaen betales til ${accounts[0]!}. Saken gjelder en refusjon til ${accounts[1]!}. ` +
      `Prisen ble trukket fra ${accounts[2]!}.`
    expectFindings(text, [
      ['account-number?', accounts[0]!],
      ['account-number?', accounts[1]!],
      ['account-number?', accounts[2]!],
    ])
  })

  it('is sure when a word for an account stands before it', () => {
    const text =
      `Kontonummer ${accounts[0]!}. Lønnskontoen er ${accounts[1]!}. ` +
      `Bank: ${accounts[2]!}. Please pay to account ${accounts[3]!}.`
    expectFindings(text, [
      ['account-number', accounts[0]!],
      ['account-number', accounts[1]!],
      ['account-number', accounts[2]!],
      ['account-number', accounts[3]!],
    ])
  })

  it('a valid fødselsnummer is an identity number, never "may be an account number"', () => {
    const fnr = makeNationalId('170585', 234)
    const dnr = makeNationalId('010203', 500, true)
    const text = `Sjekk ${fnr} og ${dnr}, og kontoen ${fnr} også.`
    expectFindings(text, [
      ['national-id', fnr],
      ['national-id', dnr],
      ['national-id', fnr, 1],
    ])
  })

  it.each(accounts)('ignores %s with a wrong check digit', (account) => {
    expectNothing(`Refunderes til ${breakLastDigit(account)} innen fredag.`)
  })

  it('ignores a valid number labelled as another kind of number', () => {
    expectNothing(`KID ${accounts[0]!}. Fakturanr. ${accounts[1]!}. Ordrenummer: ${accounts[2]!}.`)
    expectNothing(
      `Faktura nr. ${accounts[3]!}, KID-nummer: ${accounts[4]!}, order no. ${accounts[5]!}`,
    )
    expectNothing(`Kundenummer ${accounts[3]!}, sak ${accounts[4]!}, ref. ${accounts[5]!}.`)
    expectNothing(`Beløp: kr ${accounts[0]!}`)
  })

  it('ignores a date with a serial number (yyyymmdd + 3 digits), valid or not', () => {
    for (let serial = 0; serial < 40; serial++) {
      const stamp = `20250517${String(serial).padStart(3, '0')}`
      expectNothing(`Loggen ${stamp} ble lagret.`)
    }
  })

  it('ignores numbers glued to letters or inside longer digit runs', () => {
    expectNothing(`Koden AB${accounts[0]!} og ${accounts[1]!}kr og 9${accounts[2]!}0.`)
  })

  it('ignores 10- and 12-digit runs', () => {
    expectNothing(
      `Sporingsnummer 3707123456 og ${accounts[0]!}5 uten ord: 1234567890 og 123456789012.`,
    )
  })
})

describe('bare card numbers (Luhn, a card network prefix and length)', () => {
  it.each(cards)('%s in a sentence with no keyword is "may be a card number"', (card) => {
    const text = `Han betalte 250 kr med ${card} i går.`
    expectFindings(text, [['card-number?', card]])
  })

  it('15-digit Amex and 14-digit Diners are "may be a card number" too', () => {
    const amex = '378282246310005'
    const diners = withLuhn('3056930902590')
    const text = `Belastet ${amex} og ${diners}.`
    expectFindings(text, [
      ['card-number?', amex],
      ['card-number?', diners],
    ])
  })

  it('is found when a word for another number is part of the sentence, not its label', () => {
    const text = `Ordren ble betalt med ${cards[0]!} i går.`
    expectFindings(text, [['card-number?', cards[0]!]])
  })

  it('is sure when a word for a card stands before it', () => {
    const text = `Kortnummer ${cards[0]!}, kredittkortet ${cards[1]!}, Visa ${cards[2]!}, card ${cards[3]!}.`
    expectFindings(text, [
      ['card-number', cards[0]!],
      ['card-number', cards[1]!],
      ['card-number', cards[2]!],
      ['card-number', cards[3]!],
    ])
  })

  it('a card printed in groups stays sure without a keyword', () => {
    const printed = group(cards[0]!, [4, 4, 4, 4])
    expectFindings(`Belastet ${printed} i går.`, [['card-number', printed]])
  })

  it.each(cards)('ignores %s with a wrong check digit', (card) => {
    expectNothing(`Han betalte med ${breakLastDigit(card)} i går.`)
  })

  it('ignores Luhn-valid numbers outside the card networks (timestamps, tracking numbers)', () => {
    // yyyyMMddHHmmss + 2 digits, and numbers starting with 1, 7, 8, 9 or 20.
    expectNothing(`Logg ${withLuhn('202505171430001')} og ${withLuhn('20250517143000')}.`)
    expectNothing(`Sendingen ${withLuhn('707123456789012')} og ${withLuhn('123456789012345')}.`)
    expectNothing(`Koden ${withLuhn('911111111111111')} og ${withLuhn('811111111111111')}.`)
  })

  it('ignores a card-shaped number whose length the network does not use', () => {
    // Mastercard is 16 digits, Amex 15, Visa 13/16/19.
    expectNothing(
      `Tall ${withLuhn('54545454545454')} og ${withLuhn('3782822463100')} og ${withLuhn('41111111111111')}.`,
    )
  })

  it('ignores a valid number labelled as another kind of number', () => {
    expectNothing(`Betal med KID ${cards[0]!}. Ordre ${cards[1]!}. Referanse ${cards[2]!}.`)
  })
})

describe('ordinary numbers next to bare numbers stay unflagged', () => {
  it('a message with dates, amounts, versions, order numbers and one bare account', () => {
    const account = accounts[4]!
    const text =
      `Hei! Ordre 4512378 (45 123 789) ble levert 17.05.2025 kl. 08.30. Totalt kr 12 500,00 ` +
      `eks. mva. Versjon 2.3.14, 20250517-rapporten og sak 2025/1234. ` +
      `Refunder gjerne til ${account}, takk. Ring sentralbordet 22 33 44 55.`
    expectFindings(text, [
      ['account-number?', account],
      ['phone', '22 33 44 55'],
    ])
  })
})
