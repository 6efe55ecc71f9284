import { describe, expect, it } from 'vitest'
import { findSensitiveData } from '@/domain/privacy'
import { givenNames } from '@/domain/privacy/givenNames'
import { expectFindings, expectNothing } from './helpers'

/*
 * Names: a common Norwegian given name followed by a capitalised word is "may be a person's
 * name" (a lower-confidence finding, `name?`). Norwegian writes common nouns in lower case, so
 * the capital on the next word is what tells "Per Olsen" from "per dag".
 */
describe('names of people', () => {
  it.each([
    ['Skriv et svar til kunden Per Olsen om leveringen.', 'Per Olsen'],
    ['Anne-Lise Berg har bedt om et tilbud.', 'Anne-Lise Berg'],
    ['Møtet med Jan Erik Hansen er flyttet.', 'Jan Erik Hansen'],
    ['Oppsummer klagen fra Ingrid Sæther-Lunde.', 'Ingrid Sæther-Lunde'],
    ['Hilsen\nKari Johansen\nDaglig leder', 'Kari Johansen'],
    ['Lag en hyggelig hilsen til Øyvind Åsheim.', 'Øyvind Åsheim'],
    ['Dette er Marius Olsens saksmappe.', 'Marius Olsens'],
    ['Kontaktperson: Liv Ullmann.', 'Liv Ullmann'],
    ['Write a reply to Thomas Berg about the delay.', 'Thomas Berg'],
    ['Søknaden fra Per-Olav Nilsen kom i går.', 'Per-Olav Nilsen'],
    ['Siri Nygård (44) har vært ansatt i to år.', 'Siri Nygård'],
    ['Takk @Per Olsen for hjelpen!', 'Per Olsen'],
    ['Klagen («Kari Hansen») kom i går.', 'Kari Hansen'],
    ['Saken gjelder (Knut Ødegård) og ingen andre.', 'Knut Ødegård'],
  ])('%s', (text, name) => {
    expectFindings(text, [['name?', name]])
  })

  it('finds several names, each with exact offsets', () => {
    const text = 'Fra: Ole Hansen. Til: Marit Larsen og Bjørn Dæhlie. Kopi: Ole Hansen.'
    expectFindings(text, [
      ['name?', 'Ole Hansen'],
      ['name?', 'Marit Larsen'],
      ['name?', 'Bjørn Dæhlie'],
      ['name?', 'Ole Hansen', 1],
    ])
  })

  it('the list holds 150–300 distinct names written with A–Å only (what the fast scan reads)', () => {
    expect(new Set(givenNames).size).toBe(givenNames.length)
    expect(givenNames.length).toBeGreaterThanOrEqual(150)
    expect(givenNames.length).toBeLessThanOrEqual(300)
    for (const name of givenNames) expect(name).toMatch(/^[A-ZÆØÅ][a-zæøå]+$/)
  })

  it('every name in the list is found before a surname', () => {
    for (const given of givenNames) {
      const text = `Svar til ${given} Hansen i dag.`
      expect(findSensitiveData(text), given).toEqual([
        { kind: 'name', start: 9, end: 9 + given.length + 7, confidence: 'maybe' },
      ])
    }
  })

  it('a name next to a sure finding: both are reported, in order', () => {
    const text = 'Per Olsen, tlf 987 65 432, per.olsen@firma.no'
    expectFindings(text, [
      ['name?', 'Per Olsen'],
      ['phone', '987 65 432'],
      ['email', 'per.olsen@firma.no'],
    ])
  })

  it("the organisation's own term wins over a possible name", () => {
    const text = 'Kunden Per Olsen AS har bestilt.'
    expectFindings(text, [['custom', 'Per Olsen AS']], { customTerms: ['Per Olsen AS'] })
  })
})

describe('text that is not a name', () => {
  it.each([
    [
      '"per" as a preposition',
      'Vi sparer 30 minutter per dag, eller to timer per uke. Per dag blir det mye.',
    ],
    ['a title-case heading', 'Per Day Pricing For Teams'],
    ['English words left out of the list', 'Command Line Interface. Ask ChatGPT. Even Better.'],
    ['English "per" before a capitalised unit', 'Price Per User, billed Per Month.'],
    ['a run that starts with a word that is no surname', 'Ny Per Dag Ordning gjelder fra mai.'],
    [
      'title case with a preposition after the name',
      'Dag Etter Dag. Tom Uten Innhold. Per Ny Bruker.',
    ],
    ['a given name alone', 'Hei Per, takk for sist. Spør Kari om Ingrid kan komme.'],
    ['a given name before a lower-case word', 'Liv og helse, Tone i stemmen og Dag etter dag.'],
    ['a given name at the end of a sentence', 'Takk til Per. Neste uke kommer Ola.'],
    ['the placeholder person', 'Kari Nordmann og Ola Nordmann er eksempelnavn. Per Nordmann også.'],
    [
      'a street named after a person',
      'Kontoret ligger i Kristian Augusts gate 14, ved Olav Kyrres plass.',
    ],
    ['a place', 'Værstasjonen på Jan Mayen og butikkene på Karl Johan.'],
    ['the king', 'Hans Majestet Kongen åpnet Stortinget. Kong Harald V talte.'],
    ['"Hans" (his) before a product', 'Hans Excel-ark var tomt, og Hans Teams-møte ble avlyst.'],
    ['a given name before an acronym', 'Per AS og Anne KI-prosjektet.'],
    ['a given name in capitals', 'PER OLSEN og KARI HANSEN'],
    ['names that are not in the list', 'Kunden Zlatan Ibrahimović og Bartholomew Smith.'],
    ['a lower-case surname', 'Kunden Per olsen.'],
    ['a given name across a line break', 'Takk, Per\nOlsen kommer i morgen.'],
    ['a given name before a product or tool', 'Spør Copilot. Per Microsoft Teams kan du dele.'],
  ])('%s', (_label, text) => {
    expectNothing(text)
  })

  it('names inside words or e-mail addresses are not flagged', () => {
    const text = 'Skriv til per.olsen@firma.no eller PerOlsen på Teams.'
    expectFindings(text, [['email', 'per.olsen@firma.no']])
  })
})
