import { describe, it } from 'vitest'
import { expectFindings, expectNothing } from './helpers'
import { breakLastDigit, group, makeAccountNumber, withLuhn } from './generate'

const account = makeAccountNumber('1503123456')
const account2 = makeAccountNumber('9710456789')

describe('bank account numbers', () => {
  it('finds the 4.2.5 form with dots', () => {
    const dotted = group(account, [4, 2, 5], '.')
    const text = `Beløpet betales til konto ${dotted} innen fredag.`
    expectFindings(text, [['account-number', dotted]])
  })

  it('finds the 4 2 5 form with spaces, and the plain form as "may be"', () => {
    const spaced = group(account, [4, 2, 5])
    const text = `Kontonummer: ${spaced}. Reiseregning refunderes til ${account2}.`
    expectFindings(text, [
      ['account-number', spaced],
      ['account-number?', account2],
    ])
  })

  it('finds the well-known sample account 8601.11.17947', () => {
    const text = 'Send pengene til 8601.11.17947, takk!'
    expectFindings(text, [['account-number', '8601.11.17947']])
  })

  it('ignores a wrong check digit', () => {
    expectNothing(`Konto ${group(breakLastDigit(account), [4, 2, 5], '.')} er feil.`)
    expectNothing(`Konto ${breakLastDigit(account2)} er feil.`)
  })

  it('ignores other groupings and mixed separators of the same digits', () => {
    expectNothing(`Tallet ${group(account, [3, 3, 5])} er ikke et kontonummer.`)
    expectNothing(
      `Tallet ${account.slice(0, 4)}.${account.slice(4, 6)} ${account.slice(6)} er blandet.`,
    )
  })

  it('ignores a plain 11-digit number after an order or invoice word', () => {
    expectNothing(`Fakturanummer ${account} gjelder mai.`)
    expectNothing(`KID ${account2} brukes ved betaling.`)
  })
})

describe('IBAN', () => {
  it('finds a Norwegian IBAN printed with spaces', () => {
    const text = 'Utenlandsbetaling: IBAN NO93 8601 1117 947, BIC DNBANOKK.'
    expectFindings(text, [['iban', 'NO93 8601 1117 947']])
  })

  it('finds electronic IBANs from several countries', () => {
    const text = 'Leverandørene: NO9386011117947, DE89370400440532013000 og GB82WEST12345698765432.'
    expectFindings(text, [
      ['iban', 'NO9386011117947'],
      ['iban', 'DE89370400440532013000'],
      ['iban', 'GB82WEST12345698765432'],
    ])
  })

  it('finds a printed German IBAN with a short last group', () => {
    const text = 'Konto i Tyskland: DE89 3704 0044 0532 0130 00 (Commerzbank).'
    expectFindings(text, [['iban', 'DE89 3704 0044 0532 0130 00']])
  })

  it('drops a trailing upper-case word that the printed form swallowed', () => {
    const text = 'IBAN DE89 3704 0044 0532 0130 00 SEPA OK'
    expectFindings(text, [['iban', 'DE89 3704 0044 0532 0130 00']])
  })

  it('ignores IBAN-shaped text with a wrong checksum', () => {
    expectNothing('Feil: NO9386011117948 og NO94 8601 1117 947.')
  })

  it('ignores IBAN-shaped text inside longer words', () => {
    expectNothing('Koden XNO9386011117947 er en lagerkode.')
  })
})

describe('card numbers', () => {
  const visa = withLuhn('411111111111111')
  const mastercard = withLuhn('545454545454545')
  const amex = '378282246310005'

  it('finds a card number in groups of four with spaces or dashes', () => {
    const spaced = group(visa, [4, 4, 4, 4])
    const dashed = group(mastercard, [4, 4, 4, 4], '-')
    const text = `Kortet ${spaced} ble belastet, og reservekortet ${dashed} også.`
    expectFindings(text, [
      ['card-number', spaced],
      ['card-number', dashed],
    ])
  })

  it('finds an Amex number 4-6-5 and a plain 16-digit number', () => {
    const amexPrinted = group(amex, [4, 6, 5])
    const text = `Amex ${amexPrinted}; kortnummer ${visa}.`
    expectFindings(text, [
      ['card-number', amexPrinted],
      ['card-number', visa],
    ])
  })

  it('finds 13- and 19-digit card numbers', () => {
    const short = withLuhn('422222222222')
    const long = withLuhn('450000000000000000')
    const longPrinted = group(long, [4, 4, 4, 4, 3])
    const text = `Gamle kort: ${short}. Nytt kort: ${longPrinted}.`
    expectFindings(text, [
      ['card-number', short],
      ['card-number', longPrinted],
    ])
  })

  it('ignores a failed Luhn check', () => {
    expectNothing(`Kort ${group(breakLastDigit(visa), [4, 4, 4, 4])} avvist.`)
  })

  it('ignores numbers outside the card ranges and long KID numbers', () => {
    expectNothing(`Referanse ${withLuhn('911111111111111')} i arkivet.`)
    expectNothing(`Betal med KID ${withLuhn('411111111111111')}.`)
  })

  it('ignores a price in thousands that happens to have card length', () => {
    expectNothing('Budsjettet er 4 000 000 000 000 kroner i hele landet.')
  })
})
