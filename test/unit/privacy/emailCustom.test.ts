import { describe, expect, it } from 'vitest'
import { createPrivacyGuard, findSensitiveData } from '@/domain/privacy'
import { expectFindings, expectNothing } from './helpers'

describe('e-mail addresses', () => {
  it('finds ordinary work addresses in a sentence', () => {
    const text = 'Send tilbudet til kari.nordmann@byggmester-as.no og kopi til post@firma.no.'
    expectFindings(text, [
      ['email', 'kari.nordmann@byggmester-as.no'],
      ['email', 'post@firma.no'],
    ])
  })

  it('finds addresses with plus, digits, subdomains and Norwegian letters', () => {
    const text =
      'Svar: ola+tilbud@salg.eksempel.com, ansatt2024@hr.firma.no, bjørn.ås@fjordkraft.no'
    expectFindings(text, [
      ['email', 'ola+tilbud@salg.eksempel.com'],
      ['email', 'ansatt2024@hr.firma.no'],
      ['email', 'bjørn.ås@fjordkraft.no'],
    ])
  })

  it('finds an address inside brackets or angle brackets', () => {
    const text = 'Per Hansen <per.hansen@firma.no> (eller per@firma.no)'
    expectFindings(text, [
      ['name?', 'Per Hansen'],
      ['email', 'per.hansen@firma.no'],
      ['email', 'per@firma.no'],
    ])
  })

  it('ignores things that only look a bit like addresses', () => {
    expectNothing('Møtet er @ kantina, og vi bruker #ki og @lars i Teams.')
    expectNothing('Skriv navn@domene uten toppdomene, eller a@b.1.')
  })

  it('an address holding digits is one e-mail finding, not a phone or id', () => {
    const text = 'Skriv til 98765432@sms.firma.no'
    expectFindings(text, [['email', '98765432@sms.firma.no']])
  })
})

describe('custom terms', () => {
  const customTerms = ['Nordlys', 'Prosjekt Fjellrev', 'Ærlige Øl AS', 'Bryggen Båt', 'ÅSEN']

  it('finds terms regardless of case, also with æ, ø and å', () => {
    const text = 'Tilbudet til ærlige øl as og ÆRLIGE ØL AS gjelder prosjekt fjellrev.'
    expectFindings(
      text,
      [
        ['custom', 'ærlige øl as'],
        ['custom', 'ÆRLIGE ØL AS'],
        ['custom', 'prosjekt fjellrev'],
      ],
      { customTerms },
    )
  })

  it('matches whole words only', () => {
    const text = 'Nordlysene var fine, men Nordlys-avtalen og Nordlys gjelder. Bryggen Båtene nei.'
    expectFindings(
      text,
      [
        ['custom', 'Nordlys', 1],
        ['custom', 'Nordlys', 2],
      ],
      { customTerms },
    )
  })

  it('treats æøå as letters on the word boundary', () => {
    // "Åsen" must not match inside "Håsen" or "Åsenøy"; a plain \b would get this wrong.
    const text = 'Håsen og Åsenøy er ikke kunden, men Åsen er det.'
    expectFindings(text, [['custom', 'Åsen', 1]], { customTerms })
  })

  it('allows a line break or double space between the words of a term', () => {
    const text = 'Møte om Prosjekt\nFjellrev og Bryggen  båt i morgen.'
    expectFindings(
      text,
      [
        ['custom', 'Prosjekt\nFjellrev'],
        ['custom', 'Bryggen  båt'],
      ],
      { customTerms },
    )
  })

  it('escapes regex characters in terms and ignores empty or one-letter terms', () => {
    const text = 'Kunden A+B (Oslo) bruker C# og Q, ikke AB.'
    expectFindings(text, [['custom', 'A+B (Oslo)']], { customTerms: ['A+B (Oslo)', ' ', '', 'Q'] })
  })

  it('prefers the longest term', () => {
    const text = 'Avtalen med Nordlys Energi er signert.'
    expectFindings(text, [['custom', 'Nordlys Energi']], {
      customTerms: ['Nordlys', 'Nordlys Energi'],
    })
  })

  it('a compiled guard gives the same answer as the one-off function', () => {
    const guard = createPrivacyGuard({ customTerms })
    const text = 'Nordlys og Prosjekt Fjellrev, tlf 98765432.'
    expect(guard(text)).toEqual(findSensitiveData(text, { customTerms }))
    expect(guard(text).map((f) => f.kind)).toEqual(['custom', 'custom', 'phone'])
  })

  it('finds nothing custom without terms', () => {
    expectNothing('Nordlys og Prosjekt Fjellrev.')
  })
})
