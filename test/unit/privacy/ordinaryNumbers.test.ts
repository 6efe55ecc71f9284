import { describe, it } from 'vitest'
import { expectNothing } from './helpers'

describe('ordinary numbers are not flagged', () => {
  it.each([
    ['prices', 'Tilbudet er på kr 12 500 eks. mva., totalt 15 625,00 kroner.'],
    ['big prices', 'Budsjettet er kr 1 250 000, og rammen er NOK 12 345 678,50.'],
    ['prices with dots', 'Prisen er 12.500,- og 1.250.000 kr for hele prosjektet.'],
    ['dates', 'Frist 17.05.2025, oppstart 2025-05-17 og evaluering 01.09.25.'],
    ['years and ranges', 'Fra 2019 til 2025 vokste vi, og i 2024–2025 doblet vi salget.'],
    ['times', 'Møtet er kl. 08.30–09.15, deretter lunsj 11:30 og stand-up 14.00.'],
    ['percentages', 'Bruken økte med 45 % og 12,5 prosent, mot 3,75% i fjor.'],
    ['order numbers', 'Ordre 4512378 og ordrenummer 4512379 er sendt, sak 20231 er lukket.'],
    ['8-digit order number', 'Ordrenr. 45123789 ble levert i går.'],
    ['organisation number', 'Org.nr. 912 345 678 MVA står på fakturaen.'],
    ['postcodes and addresses', 'Adresse: Storgata 12, 0155 Oslo. Postboks 1234, 5020 Bergen.'],
    ['versions and quantities', 'Versjon 2.3.14 ble rullet ut til 1 250 brukere på 3 lokasjoner.'],
    ['measurements', 'Lageret er 1 200 m², hyllene er 2,4 m høye og taket 6 m.'],
    ['an ISO date compact', 'Filen heter rapport_20250517.pdf og logg 20250518.'],
    ['invoice with KID', 'Faktura 2025-0412, KID 000123456789 forfaller 30.06.2025.'],
    ['sports scores and lists', 'Kampen endte 3–1, og vi trakk nummer 12, 34 og 56.'],
    ['English text', 'The offer is NOK 12,500 ex VAT, due 17/05/2025, order 4512378, up 45 %.'],
    [
      'phone-length number in a product code',
      'Varenummer 98765432 er utsolgt; artikkel 22 33 44 55 også.',
    ],
    ['clock and date together', 'Leveres 17.05.2025 kl. 12.00 til rampe 4.'],
    ['durations', 'Det tok 2 timer i stedet for 6 timer, altså 240 minutter spart på 12 uker.'],
  ])('%s', (_label, text) => {
    expectNothing(text)
  })

  it('a monthly report full of numbers has no findings', () => {
    expectNothing(
      'Månedsrapport mai 2025. Omsetningen var kr 12 345 678, mot 11 234 567 i fjor (+9,9 %). ' +
        'Vi leverte 4 512 ordre, blant annet ordre 45123789 og 45123790, og snittet per ordre var ' +
        '2 738,50 kr. Lageret i Drammen (Kobbervikdalen 81, 3036 Drammen) tok imot 1 250 paller ' +
        'mellom 01.05.2025 og 31.05.2025. Prosjekt 2025-117 ligger 3 uker etter plan; ny frist er ' +
        'uke 27 (30.06.2025–04.07.2025). Timeprisen økte fra 1 150 til 1 250 kr. Org.nr. 987 654 321. ' +
        'Fakturanr 20250517, KID 12345678903. Budsjett 2026: 14 500 000. Sak 2025/1234. ' +
        'Referanse 2025-05-17-001. Varenr 30 40 50 60. Serienummer 9876 5432 1098. ' +
        'Kl. 07.30–15.30, lunsj 11.30. Versjon 12.4.1. Andel 12,5 %.',
    )
  })
})
