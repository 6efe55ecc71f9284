import { describe, expect, it } from 'vitest'
import { findSensitiveData } from '@/domain/privacy'
import { expectFindings, expectNothing } from './helpers'
import { breakLastDigit, makeAccountNumber, makeNationalId } from './generate'

const fnr = makeNationalId('170585', 234)
const fnr2 = makeNationalId('291263', 871)
const dnr = makeNationalId('030392', 512, true)
const spaced = (n: string) => `${n.slice(0, 6)} ${n.slice(6)}`

describe('national identity numbers in Norwegian text', () => {
  it('finds a plain fødselsnummer in a sentence', () => {
    const text = `Fødselsnummeret til den ansatte er ${fnr}, se vedlagt arbeidsavtale.`
    expectFindings(text, [['national-id', fnr]])
  })

  it('finds the 6+5 written form', () => {
    const text = `Pasienten (f.nr. ${spaced(fnr)}) har time tirsdag.`
    expectFindings(text, [['national-id', spaced(fnr)]])
  })

  it('finds a D-number for a seasonal worker', () => {
    const text = `Sesongarbeideren har D-nummer ${dnr} og starter på lageret 2. juni.`
    expectFindings(text, [['national-id', dnr]])
  })

  it('finds several numbers at the start, middle and end of a text', () => {
    const text = `${fnr} er Kari, ${spaced(fnr2)} er Ola og D-nummeret er ${dnr}`
    expectFindings(text, [
      ['national-id', fnr],
      ['national-id', spaced(fnr2)],
      ['national-id', dnr],
    ])
  })

  it('finds known synthetic test numbers', () => {
    const text = 'Testpersonene 13097248022 og 53097248016 brukes i testmiljøet (også 10915596784).'
    expectFindings(text, [
      ['national-id', '13097248022'],
      ['national-id', '53097248016'],
      ['national-id', '10915596784'],
    ])
  })

  it('finds a number next to punctuation, brackets and line breaks', () => {
    const text = `Navn: Kari Nordmann\nFnr:${fnr}\n(${fnr2})\n«${dnr}».`
    expectFindings(text, [
      ['national-id', fnr],
      ['national-id', fnr2],
      ['national-id', dnr],
    ])
  })

  it('reports an identity number, not an account number, though it passes mod 11', () => {
    const text = `Lønn utbetales til ${fnr} i dag.`
    const findings = findSensitiveData(text)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.kind).toBe('national-id')
  })

  it('ignores 11-digit numbers with a wrong control digit', () => {
    expectNothing(`Fødselsnummer ${breakLastDigit(fnr)} ser feil ut.`)
    expectNothing(`Tast ${breakLastDigit(spaced(dnr))} på nytt.`)
  })

  it('ignores numbers with an impossible date even if mod 11 happens to hold', () => {
    // Day 32 can never be a birth date; as a plain 11-digit mod-11 number with no word before it,
    // it may be an account number.
    const impossible = makeAccountNumber('3213854321')
    expect(impossible.startsWith('32')).toBe(true)
    expectFindings(`Nummeret ${impossible} står på skjemaet.`, [['account-number?', impossible]])
  })

  it('ignores identity numbers glued into longer digit runs or codes', () => {
    expectNothing(`Referansen 9${fnr}9 er intern.`)
    expectNothing(`Koden AB${fnr} gjelder lisensen.`)
    expectNothing(`Serien ${fnr}-2 er ferdig.`)
  })

  it('does not read other groupings as an identity number', () => {
    const text = `Tallene ${fnr.slice(0, 3)} ${fnr.slice(3, 6)} ${fnr.slice(6)} ble lest opp.`
    expectNothing(text)
  })
})
