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

/**
 * What the words before a bare 11-digit or card-length number say it is. Unlike the phone rule,
 * only the words after the previous number count (in "Ordre 4512378: refunder til 86011117947"
 * the word "ordre" belongs to 4512378), and an amount word ("kr", "sum") counts only right before
 * the number ("kr 12345678903" is an amount; "5 000 kr til 86011117947" is not).
 */
export type IdentifierContext = 'account' | 'card' | 'other' | 'none'

const ACCOUNT_WORD = /^(?:\p{L}*konto(?:en|nr|nummer|nummeret)?|kto|bank(?:en)?|account|acct)$/u
const CARD_WORD = /^(?:\p{L}*kort(?:et|nr|nummer|nummeret)?|card|visa|mastercard|amex|maestro)$/u
const AMOUNT_WORD = /^(?:kr|nok|eur|usd|beløp(?:et)?|pris(?:en)?|sum(?:men)?|total)$/

export function identifierContext(text: string, start: number): IdentifierContext {
  let from = start
  while (from > 0 && from > start - CONTEXT_WINDOW && !isDigit(text[from - 1]!)) from--
  const lower = text.slice(from, start).toLowerCase()
  const words = lower.match(WORD)
  if (!words) return 'none'
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!
    if (ACCOUNT_WORD.test(word)) return 'account'
    if (CARD_WORD.test(word)) return 'card'
    if (AMOUNT_WORD.test(word)) {
      // Only right before the number: nothing but spaces and punctuation after the word.
      if (i === words.length - 1) return 'other'
      continue
    }
    if (OTHER_NUMBER_WORD.test(word)) return 'other'
  }
  return 'none'
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9'
}
