import { describe, expect, it } from 'vitest'
import { fillPlaceholders, placeholderKeys, unfilledPlaceholders } from '@/domain/placeholders'

const body =
  'Du er prosjektleder i {{firma}}. Skriv et tilbud til {{ kunde }} om {{oppdrag}}. ' +
  'Signer med {{firma}} og {{kontaktperson}}.'

describe('placeholderKeys', () => {
  it('lists distinct keys in the order they first appear', () => {
    expect(placeholderKeys(body)).toEqual(['firma', 'kunde', 'oppdrag', 'kontaktperson'])
  })

  it('accepts æøå, digits, underscores, dashes and dots in keys', () => {
    expect(placeholderKeys('{{måned}} {{år_2}} {{frist-dato}} {{kunde.navn}}')).toEqual([
      'måned',
      'år_2',
      'frist-dato',
      'kunde.navn',
    ])
  })

  it('ignores braces that are not placeholders', () => {
    expect(placeholderKeys('Bruk {enkel} klamme, {{ }} tomt, {{to ord}} og {{}}.')).toEqual([])
    expect(placeholderKeys('Ingen plassholdere her.')).toEqual([])
  })
})

describe('fillPlaceholders', () => {
  it('fills every occurrence of a key', () => {
    const filled = fillPlaceholders(body, {
      firma: 'Fjord Bygg AS',
      kunde: 'Solbakken borettslag',
      oppdrag: 'nye balkonger',
      kontaktperson: 'Kari',
    })
    expect(filled).toBe(
      'Du er prosjektleder i Fjord Bygg AS. Skriv et tilbud til Solbakken borettslag om nye balkonger. ' +
        'Signer med Fjord Bygg AS og Kari.',
    )
    expect(placeholderKeys(filled)).toEqual([])
  })

  it('leaves unfilled placeholders visible, exactly as written', () => {
    const filled = fillPlaceholders(body, {
      firma: 'Fjord Bygg AS',
      kunde: '   ',
      oppdrag: undefined,
    })
    expect(filled).toBe(
      'Du er prosjektleder i Fjord Bygg AS. Skriv et tilbud til {{ kunde }} om {{oppdrag}}. ' +
        'Signer med Fjord Bygg AS og {{kontaktperson}}.',
    )
    expect(unfilledPlaceholders(body, { firma: 'Fjord Bygg AS', kunde: '   ' })).toEqual([
      'kunde',
      'oppdrag',
      'kontaktperson',
    ])
  })

  it('does not fill a value that itself looks like a placeholder, and inserts $ signs literally', () => {
    expect(fillPlaceholders('{{a}} {{b}}', { a: '{{b}}', b: 'B' })).toBe('{{b}} B')
    expect(fillPlaceholders('Pris: {{pris}}', { pris: "$& kr 12 500 $'" })).toBe(
      "Pris: $& kr 12 500 $'",
    )
  })

  it('ignores keys inherited from Object.prototype', () => {
    expect(fillPlaceholders('{{toString}} {{constructor}}', {})).toBe(
      '{{toString}} {{constructor}}',
    )
  })

  it('keeps a body without placeholders unchanged', () => {
    expect(fillPlaceholders('Oppsummer møtet.', { a: 'x' })).toBe('Oppsummer møtet.')
  })
})
