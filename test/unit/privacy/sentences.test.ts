import { describe, it } from 'vitest'
import type { FindingKind } from '@/domain/privacy'
import { expectFindings } from './helpers'
import { group, makeAccountNumber, makeNationalId, withLuhn } from './generate'

/** Each case: a sentence and the one piece in it that must be found, with its kind. */
type Case = [string, FindingKind, string]

const fnrCases: Case[] = ['010170', '311299', '290204', '150823', '071065', '220347'].flatMap(
  (date, i): Case[] => {
    const fnr = makeNationalId(date, 100 + i * 97)
    const dnr = makeNationalId(date, 600 + i * 31, true)
    return [
      [`Lønnsslippen til ${fnr} ligger i mappa.`, 'national-id', fnr],
      [`Kan du sjekke D-nummer ${dnr} i Altinn?`, 'national-id', dnr],
      [
        `Søknaden (fnr ${fnr.slice(0, 6)} ${fnr.slice(6)}) kom i går.`,
        'national-id',
        `${fnr.slice(0, 6)} ${fnr.slice(6)}`,
      ],
    ]
  },
)

const phoneCases: Case[] = [
  ['Ring 987 65 432.', 'phone', '987 65 432'],
  ['Mob.: 98765432', 'phone', '98765432'],
  ['Tlf.nr. 41234567 til resepsjonen', 'phone', '41234567'],
  ['Telefon (jobb): 22 33 44 55', 'phone', '22 33 44 55'],
  ['Mobilnummeret mitt er 41 23 45 67, ring etter fire.', 'phone', '41 23 45 67'],
  ['Call me on +47 987 65 432 tomorrow.', 'phone', '+47 987 65 432'],
  ['SMS «JA» til 94 00 12 34 for å bekrefte.', 'phone', '94 00 12 34'],
  ['Send WhatsApp til 92345678 når du er framme.', 'phone', '92345678'],
  ['Vakttelefonen er 0047 815 00 123.', 'phone', '0047 815 00 123'],
  ['Kundens nummer: (+47) 41234567', 'phone', '(+47) 41234567'],
  ['Sentralbord (0047) 22 33 44 55 hele døgnet', 'phone', '(0047) 22 33 44 55'],
  ['Hovednummer 55 55 12 34 (sentralbord)', 'phone', '55 55 12 34'],
  ['Please text 480 12 345 if you are late.', 'phone', '480 12 345'],
]

const accountCases: Case[] = [
  '1503000001',
  '9710123456',
  '3000555555',
  '1254054321',
  '6011123456',
].flatMap((ten): Case[] => {
  const account = makeAccountNumber(ten)
  const dotted = group(account, [4, 2, 5], '.')
  const spaced = group(account, [4, 2, 5])
  return [
    [`Utlegget refunderes til ${dotted}.`, 'account-number', dotted],
    [`Kontonr: ${spaced} (DNB)`, 'account-number', spaced],
  ]
})

const cardCases: Case[] = [
  ['4111111111111111', [4, 4, 4, 4], ' '],
  [withLuhn('522222222222222'), [4, 4, 4, 4], '-'],
  [withLuhn('37144963539843'), [4, 6, 5], ' '],
  [withLuhn('601111111111111'), [4, 4, 4, 4], ' '],
].map(([digits, lengths, sep]): Case => {
  const printed = group(digits as string, lengths as number[], sep as string)
  return [`Kunden leste opp kortnummeret ${printed} på telefon.`, 'card-number', printed]
})

const emailCases: Case[] = [
  ['Kopi til hr@bedrift.no, takk.', 'email', 'hr@bedrift.no'],
  [
    'Send CV til jobb.søknad@fjordkraft-service.no innen fredag.',
    'email',
    'jobb.søknad@fjordkraft-service.no',
  ],
  ['Mail: Ola_Nordmann@Example.COM', 'email', 'Ola_Nordmann@Example.COM'],
  [
    '(svar til noreply+ordre-4512378@nettbutikk.no)',
    'email',
    'noreply+ordre-4512378@nettbutikk.no',
  ],
]

const ibanCases: Case[] = [
  ['Betal til IBAN: NO9386011117947.', 'iban', 'NO9386011117947'],
  ['Svensk leverandør: SE45 5000 0000 0583 9825 7466', 'iban', 'SE45 5000 0000 0583 9825 7466'],
  ['Dansk konto DK50 0040 0440 1162 43 for refusjon.', 'iban', 'DK50 0040 0440 1162 43'],
]

describe.each([
  ['national identity numbers', fnrCases],
  ['phone numbers', phoneCases],
  ['account numbers', accountCases],
  ['card numbers', cardCases],
  ['e-mail addresses', emailCases],
  ['IBANs', ibanCases],
])('%s in everyday sentences', (_kind, cases) => {
  it.each(cases)('%s', (text, kind, needle) => {
    expectFindings(text, [[kind, needle]])
  })
})
