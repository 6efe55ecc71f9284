/**
 * The words just before a number tell what kind of number it is. We look at the words in the
 * CONTEXT_WINDOW characters before the number and let the nearest keyword decide:
 * a phone word ("tlf", "mobil", "ring" …) says "phone", a word for another kind of number
 * ("ordre", "faktura", "kr", "KID" …) says "not personal data". Neutral words ("nr", "på",
 * "nummer") are skipped.
 */
export type NumberContext = 'phone' | 'other' | 'none'

const CONTEXT_WINDOW = 32

const PHONE_WORD =
  /^(?:tlf|tel|telefon(?:nr|nummer|nummeret|en)?|mob|mobil(?:nr|nummer|nummeret|en)?|ring|ringe|ringer|sms|whatsapp|kontakt(?:nr|nummer|telefon)?|phone|mobile|cell|call|text)$/

const OTHER_NUMBER_WORD =
  /^(?:ordre(?:n|nr|nummer|nummeret)?|order|bestilling(?:en|snr|snummer)?|faktura(?:en|nr|nummer)?|invoice|ref|referanse(?:n|nr|nummer)?|reference|kid|kunde(?:nr|nummer|nummeret)|customer|sak(?:en|snr|snummer)?|case|ticket|kr|nok|eur|usd|beløp(?:et)?|pris(?:en)?|sum(?:men)?|total|org(?:nr|nummer)?|organisasjonsnummer|postnr|postnummer|id|versjon|version|lager|artikkel(?:nr|nummer)?|vare(?:nr|nummer)?|serienummer|serial)$/

const WORD = /\p{L}+/gu

export function numberContext(text: string, start: number): NumberContext {
  const window = text.slice(Math.max(0, start - CONTEXT_WINDOW), start).toLowerCase()
  const words = window.match(WORD)
  if (!words) return 'none'
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!
    if (PHONE_WORD.test(word)) return 'phone'
    if (OTHER_NUMBER_WORD.test(word)) return 'other'
  }
  return 'none'
}
