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

describe('dates in English', () => {
  it('are in British order for a Norwegian audience; bokmål stays Norwegian', async () => {
    const { createAppI18n } = await import('@/modules/i18n')
    const i18n = createAppI18n('en')
    const sunday = new Date('2026-12-06T12:00:00Z')
    expect(i18n.global.d(sunday, 'short')).toBe('6 Dec 2026')
    expect(i18n.global.d(sunday, 'long')).toBe('Sunday, 6 December 2026')
    i18n.global.locale.value = 'nb'
    expect(i18n.global.d(sunday, 'short')).toBe('6. des. 2026')
  })
})
