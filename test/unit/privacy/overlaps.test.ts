import { describe, expect, it } from 'vitest'
import { findSensitiveData } from '@/domain/privacy'
import { expectFindings } from './helpers'
import { group, makeAccountNumber, makeNationalId, withLuhn } from './generate'

describe('overlaps and mixed texts', () => {
  it('a Norwegian IBAN is one IBAN finding, not an account number inside it', () => {
    const text = 'Betal til NO93 8601 1117 947 eller NO9386011117947.'
    expectFindings(text, [
      ['iban', 'NO93 8601 1117 947'],
      ['iban', 'NO9386011117947'],
    ])
  })

  it('a valid fødselsnummer is reported once, as an identity number', () => {
    const fnr = makeNationalId('241278', 333)
    const findings = findSensitiveData(`Nummer: ${fnr}`)
    expect(findings.map((f) => f.kind)).toEqual(['national-id'])
  })

  it('the written form decides between identity number and account number', () => {
    // A valid fødselsnummer also passes mod 11. Plain or 6+5 it is an identity number;
    // written 4.2.5 with dots or spaces it is an account number.
    const fnr = makeNationalId('120376', 555)
    const dotted = group(fnr, [4, 2, 5], '.')
    const text = `Fnr ${fnr}, konto ${dotted}.`
    expectFindings(text, [
      ['national-id', fnr],
      ['account-number', dotted],
    ])
  })

  it('a custom term inside an e-mail address gives the whole address', () => {
    const text = 'Skriv til nordlys@kunde.no om saken.'
    expectFindings(text, [['email', 'nordlys@kunde.no']], { customTerms: ['Nordlys'] })
  })

  it('findings are sorted by start and never overlap', () => {
    const fnr = makeNationalId('010203', 456)
    const account = group(makeAccountNumber('1234567890'), [4, 2, 5], '.')
    const card = group(withLuhn('411111111111111'), [4, 4, 4, 4])
    const text =
      `Hei! Kunden Nordlys Energi (kontakt: lise@nordlys.no, tlf 987 65 432) har fnr ${fnr}. ` +
      `Refusjon til ${account}, kort ${card}, IBAN NO93 8601 1117 947. Ordre 45123789, kr 12 500.`
    const findings = findSensitiveData(text, { customTerms: ['Nordlys Energi', 'Nordlys'] })
    expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['custom', 'Nordlys Energi'],
      ['email', 'lise@nordlys.no'],
      ['phone', '987 65 432'],
      ['national-id', fnr],
      ['account-number', account],
      ['card-number', card],
      ['iban', 'NO93 8601 1117 947'],
    ])
    for (let i = 1; i < findings.length; i++) {
      expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end)
    }
  })

  it('handles an empty text and a text without digits', () => {
    expect(findSensitiveData('')).toEqual([])
    expect(findSensitiveData('Ingenting å se her, bare vanlig tekst om KI.')).toEqual([])
  })
})
