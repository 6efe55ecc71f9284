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
 * What the words before a bare 11-digit or card-length number say it is. Unlike the phone rule:
 * - only the words after the previous number count (in "Ordre 4512378: refunder til 86011117947"
 *   the word "ordre" belongs to 4512378);
 * - a word for another kind of number or an amount counts only as the number's label, right
 *   before it or before "nr"/"nummer" ("KID 12345678903", "Faktura nr. 12345678903",
 *   "kr 12345678903"), not as a word in the sentence ("Fakturaen betales til 86011117947");
 * - an account or card word anywhere in the window makes the number sure ("Kontonummeret mitt er
 *   86011117947").
 */
export type IdentifierContext = 'account' | 'card' | 'other' | 'none'

const ACCOUNT_WORD = /^(?:\p{L}*konto(?:en|nr|nummer|nummeret)?|kto|bank(?:en)?|account|acct)$/u
const CARD_WORD = /^(?:\p{L}*kort(?:et|nr|nummer|nummeret)?|card|visa|mastercard|amex|maestro)$/u
const AMOUNT_WORD = /^(?:kr|nok|eur|usd|beløp(?:et)?|pris(?:en)?|sum(?:men)?|total)$/
/** Words between a label and its number: "Faktura nr. 123", "KID-nummer: 123", "Order no. 123". */
const LABEL_FILLER = /^(?:nr|nummer|nummeret|no|number|num|er|is)$/

export function identifierContext(text: string, start: number): IdentifierContext {
  let from = start
  while (from > 0 && from > start - CONTEXT_WINDOW && !isDigit(text[from - 1]!)) from--
  const words = text.slice(from, start).toLowerCase().match(WORD)
  if (!words) return 'none'
  let label = true
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!
    if (ACCOUNT_WORD.test(word)) return 'account'
    if (CARD_WORD.test(word)) return 'card'
    if (label && (AMOUNT_WORD.test(word) || OTHER_NUMBER_WORD.test(word))) return 'other'
    if (!LABEL_FILLER.test(word)) label = false
  }
  return 'none'
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9'
}
