import { isAccountNumber, isCardNetworkNumber, isNationalIdNumber, passesLuhn } from './checksums'
import { identifierContext, numberContext } from './context'
import type { Finding } from './types'

/**
 * Numbers in running text: a "token" is a run of digit groups joined by single separators
 * (space, no-break space, dot, dash), e.g. "987 65 432", "1234.56.78903", "17.05.2025 12345678".
 * A token may hold more than one number, so every run of whole groups inside it is classified on
 * its own, by its digits AND its written shape (how the digits are grouped). One pass of one regex;
 * the work per token is bounded because no kind has more than 19 digits.
 */
const NUMBER_TOKEN = /(?<![\p{L}\p{N}])\d+(?:[ \u00A0\u202F.-]\d+)*/gu
const LETTER = /\p{L}/u
const MAX_DIGITS = 19
const BRACKETED_PREFIX = /\((?:\+|00)47\)[ \u00A0]?$/
/** yyyymmdd (1900–2099) at the start: a date with a serial number, e.g. 20250517001. */
const DATE_STAMP = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/

interface Group {
  start: number
  end: number
  digits: string
  /** The separator before this group ('' for the first group of a token); no-break spaces are ' '. */
  sep: string
}

export function findNumberData(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    const groups = splitGroups(match[0], match.index)
    // A last group glued to a word ("3stk", "12345678abc") is not a number on its own.
    if (LETTER.test(text[match.index + match[0].length] ?? '')) groups.pop()
    classifyToken(text, groups, findings)
  }
  return findings
}

function splitGroups(token: string, offset: number): Group[] {
  const groups: Group[] = []
  let start = 0
  let sep = ''
  for (let i = 0; i <= token.length; i++) {
    const ch = token[i]
    if (ch === undefined || ch < '0' || ch > '9') {
      groups.push({ start: offset + start, end: offset + i, digits: token.slice(start, i), sep })
      sep = ch === '\u00A0' || ch === '\u202F' ? ' ' : (ch ?? '')
      start = i + 1
    }
  }
  return groups
}

function classifyToken(text: string, groups: Group[], findings: Finding[]): void {
  for (let i = 0; i < groups.length; i++) {
    let digits = ''
    for (let j = i; j < groups.length; j++) {
      digits += groups[j]!.digits
      if (digits.length > MAX_DIGITS) break
      const finding = classifySpan(text, groups, i, j, digits)
      if (finding) findings.push(finding)
    }
  }
}

/** The one separator used inside groups[i..j], '' for a single group, null if mixed. */
function innerSeparator(groups: Group[], i: number, j: number): string | null {
  if (i === j) return ''
  const sep = groups[i + 1]!.sep
  for (let k = i + 2; k <= j; k++) if (groups[k]!.sep !== sep) return null
  return sep
}

/**
 * True if a neighbouring group belongs to the same number, so groups[i..j] is only part of it:
 * a neighbour joined by a dot or dash always binds; one joined by a space binds when the span
 * itself is grouped with spaces ("12 34 56 78 90" holds no phone number).
 */
function bindsNeighbour(groups: Group[], i: number, j: number, sep: string): boolean {
  return bindsLeft(groups, i, sep) || bindsRight(groups, j, sep)
}

function binds(joiner: string | undefined, sep: string): boolean {
  return joiner === '.' || joiner === '-' || (joiner === ' ' && sep === ' ')
}

function bindsLeft(groups: Group[], i: number, sep: string): boolean {
  return i > 0 && binds(groups[i]!.sep, sep)
}

function bindsRight(groups: Group[], j: number, sep: string): boolean {
  return binds(groups[j + 1]?.sep, sep)
}

function shapeOf(groups: Group[], i: number, j: number): string {
  const lengths: number[] = []
  for (let k = i; k <= j; k++) lengths.push(groups[k]!.digits.length)
  return lengths.join('-')
}

function classifySpan(
  text: string,
  groups: Group[],
  i: number,
  j: number,
  digits: string,
): Finding | null {
  // Phone 8 (+47: 10, 0047: 12), identity and account 11, card 13–19: nothing else can match.
  if (digits.length < 8 || digits.length === 9) return null
  const start = groups[i]!.start
  const end = groups[j]!.end
  const prefixed = prefixedPhone(text, groups, i, j, digits)
  if (prefixed) return prefixed

  const sep = innerSeparator(groups, i, j)
  if (sep === null || bindsNeighbour(groups, i, j, sep)) return null
  const shape = shapeOf(groups, i, j)

  if (digits.length === 11) {
    if ((shape === '11' || (shape === '6-5' && sep === ' ')) && isNationalIdNumber(digits)) {
      return { kind: 'national-id', start, end, confidence: 'sure' }
    }
    if (!isAccountNumber(digits)) return null
    // Written 4.2.5 the number is an account number, whatever else it passes.
    if (shape === '4-2-5' && (sep === ' ' || sep === '.')) {
      return { kind: 'account-number', start, end, confidence: 'sure' }
    }
    // Plain (not an identity number: tested above, as every valid fødselsnummer passes mod 11
    // too): sure after a word for an account, "may be" with no word, nothing after a word for
    // another kind of number, and nothing for a date with a serial number (20250517001).
    if (shape !== '11') return null
    const context = identifierContext(text, start)
    if (context === 'account') return { kind: 'account-number', start, end, confidence: 'sure' }
    if (context === 'other' || DATE_STAMP.test(digits)) return null
    return { kind: 'account-number', start, end, confidence: 'maybe' }
  }

  if (digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && passesLuhn(digits)) {
    if ((sep === ' ' || sep === '-') && isCardGrouping(shape)) {
      return { kind: 'card-number', start, end, confidence: 'sure' }
    }
    // Plain: sure after a word for a card; with no word only where a card network issues that
    // prefix and length (so a Luhn-valid timestamp or tracking number is left alone).
    if (shape !== String(digits.length)) return null
    const context = identifierContext(text, start)
    if (context === 'card') return { kind: 'card-number', start, end, confidence: 'sure' }
    if (context === 'other' || !isCardNetworkNumber(digits)) return null
    return { kind: 'card-number', start, end, confidence: 'maybe' }
  }

  if (digits.length === 8 && /^[2-9]/.test(digits)) {
    // Mobile (987 65 432) and landline (22 33 44 55) groupings are phone numbers unless the
    // words before say otherwise; a plain run (98765432) or 4+4 needs a phone word before it.
    const phoneGrouping = (shape === '3-2-3' || shape === '2-2-2-2') && (sep === ' ' || sep === '.')
    const ambiguous = shape === '8' || (shape === '4-4' && sep === ' ')
    if (phoneGrouping && numberContext(text, start) !== 'other') {
      return { kind: 'phone', start, end, confidence: 'sure' }
    }
    if (ambiguous && numberContext(text, start) === 'phone') {
      return { kind: 'phone', start, end, confidence: 'sure' }
    }
  }
  return null
}

/** 4-4-4-4 (and 4-4-4-1…4-4-4-4-3 for 13–19 digits), Amex 4-6-5, Diners 4-6-4. */
function isCardGrouping(shape: string): boolean {
  return /^4-4-4(?:-4)*(?:-[1-4])?$/.test(shape) || shape === '4-6-5' || shape === '4-6-4'
}

/**
 * A phone number with the country code: "+47 987 65 432", "+4798765432", "0047 22 33 44 55".
 * The country code makes it a phone number whatever the grouping and the words around it.
 */
function prefixedPhone(
  text: string,
  groups: Group[],
  i: number,
  j: number,
  digits: string,
): Finding | null {
  const first = groups[i]!
  const plusBefore = text[first.start - 1] === '+'
  const end = groups[j]!.end
  const start = plusBefore ? first.start - 1 : first.start

  const local = (number: string) => number.length === 8 && /^[2-9]/.test(number)

  // The country code in brackets before the token: "(+47) 41234567", "(0047) 22 33 44 55".
  if (i === 0) {
    const bracketed = BRACKETED_PREFIX.exec(text.slice(Math.max(0, first.start - 8), first.start))
    const sep = innerSeparator(groups, i, j)
    if (bracketed && local(digits) && sep !== null && !bindsRight(groups, j, sep)) {
      return { kind: 'phone', start: first.start - bracketed[0].length, end, confidence: 'sure' }
    }
  }

  if (i === j) {
    // Written without spaces: +4798765432 or 004798765432.
    const glued =
      (plusBefore && digits.length === 10 && digits.startsWith('47')) ||
      (digits.length === 12 && digits.startsWith('0047'))
    if (!glued || bindsNeighbour(groups, i, j, '')) return null
    return local(digits.slice(-8)) ? { kind: 'phone', start, end, confidence: 'sure' } : null
  }

  const isPrefix = (plusBefore && first.digits === '47') || first.digits === '0047'
  if (!isPrefix) return null
  const sep = innerSeparator(groups, i + 1, j)
  // The prefix may be set off by any separator; the groups after it follow the usual rules.
  if (sep === null || bindsRight(groups, j, sep) || bindsLeft(groups, i, '')) return null
  return local(digits.slice(first.digits.length))
    ? { kind: 'phone', start, end, confidence: 'sure' }
    : null
}
