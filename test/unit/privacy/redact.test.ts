import { describe, expect, it } from 'vitest'
import { findSensitiveData, redact, redactOne, redactionPlaceholders } from '@/domain/privacy'
import { group, makeAccountNumber, makeNationalId, withLuhn } from './generate'

const fnr = makeNationalId('110488', 612)
const account = group(makeAccountNumber('1503123456'), [4, 2, 5], '.')
const card = group(withLuhn('545454545454545'), [4, 4, 4, 4])
const customTerms = ['Bryggen Båt']
const text =
  `Kunden Bryggen Båt ved Per (per@bryggenbat.no, 987 65 432) har fnr ${fnr}. ` +
  `Betaling fra ${account}, kort ${card}, IBAN NO93 8601 1117 947.`

describe('redact', () => {
  it('replaces every finding with its Norwegian placeholder', () => {
    const redacted = redact(text, findSensitiveData(text, { customTerms }))
    expect(redacted).toBe(
      'Kunden [NAVN] ved Per ([E-POST], [TELEFON]) har fnr [FØDSELSNUMMER]. ' +
        'Betaling fra [KONTONUMMER], kort [KORTNUMMER], IBAN [IBAN].',
    )
  })

  it('uses English placeholders for locale en', () => {
    const redacted = redact(text, findSensitiveData(text, { customTerms }), 'en')
    expect(redacted).toBe(
      'Kunden [NAME] ved Per ([EMAIL], [PHONE]) har fnr [NATIONAL ID]. ' +
        'Betaling fra [ACCOUNT NUMBER], kort [CARD NUMBER], IBAN [IBAN].',
    )
  })

  it('round trip: a redacted text has no findings left and keeps all other text', () => {
    const findings = findSensitiveData(text, { customTerms })
    for (const locale of ['nb', 'en'] as const) {
      const redacted = redact(text, findings, locale)
      expect(findSensitiveData(redacted, { customTerms })).toEqual([])
      // Put the original pieces back where the placeholders are: we get the text again.
      let restored = redacted
      for (const f of findings) {
        restored = restored.replace(
          redactionPlaceholders[locale][f.kind],
          text.slice(f.start, f.end),
        )
      }
      expect(restored).toBe(text)
    }
  })

  it('accepts findings in any order and skips overlapping ones', () => {
    const findings = findSensitiveData(text, { customTerms })
    const shuffled = [...findings].reverse()
    expect(redact(text, shuffled)).toBe(redact(text, findings))
    const overlapping = [
      ...findings,
      {
        kind: 'phone' as const,
        start: findings[0]!.start + 1,
        end: findings[0]!.end,
        confidence: 'sure' as const,
      },
    ]
    expect(redact(text, overlapping)).toBe(redact(text, findings))
  })

  it('returns the text unchanged without findings', () => {
    expect(redact(text, [])).toBe(text)
  })
})

describe('redactOne (the one-tap fix)', () => {
  it('replaces only the chosen finding', () => {
    const findings = findSensitiveData(text, { customTerms })
    const phone = findings.find((f) => f.kind === 'phone')!
    const fixed = redactOne(text, phone)
    expect(fixed).toBe(text.replace('987 65 432', '[TELEFON]'))
    expect(findSensitiveData(fixed, { customTerms }).map((f) => f.kind)).toEqual(
      findings.filter((f) => f !== phone).map((f) => f.kind),
    )
  })

  it('fixing one finding after another ends with a clean text', () => {
    let current = text
    for (;;) {
      const [first] = findSensitiveData(current, { customTerms })
      if (!first) break
      current = redactOne(current, first, 'en')
    }
    expect(current).toBe(redact(text, findSensitiveData(text, { customTerms }), 'en'))
  })

  it('rejects a finding outside the text', () => {
    expect(() =>
      redactOne('kort', { kind: 'email', start: 2, end: 10, confidence: 'sure' }),
    ).toThrow(RangeError)
    expect(() =>
      redactOne('kort', { kind: 'email', start: 2, end: 2, confidence: 'sure' }),
    ).toThrow(RangeError)
  })
})
