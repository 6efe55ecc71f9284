import { describe, expect, it } from 'vitest'
import { detectLocale } from '@/modules/i18n'

describe('detectLocale', () => {
  it('maps every Norwegian tag to bokmål', () => {
    expect(detectLocale(['nb-NO'])).toBe('nb')
    expect(detectLocale(['no'])).toBe('nb')
    expect(detectLocale(['nn-NO', 'en'])).toBe('nb')
  })
  it('follows the first supported language in the browser list', () => {
    expect(detectLocale(['en-GB', 'nb'])).toBe('en')
    expect(detectLocale(['de-DE', 'en-US'])).toBe('en')
  })
  it('falls back to bokmål when nothing matches', () => {
    expect(detectLocale(['de-DE', 'fr'])).toBe('nb')
    expect(detectLocale([])).toBe('nb')
  })
})
