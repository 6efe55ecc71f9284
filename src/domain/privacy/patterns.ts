import { isIban } from './checksums'
import type { Finding } from './types'

/*
 * Every pattern here runs in linear time: a match can only start where the previous character is
 * not part of the same run (the look-behinds), and no quantified group can split the same text in
 * more than one way, so the regex engine never backtracks catastrophically.
 */

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
const TOP_LEVEL_DOMAIN = /^\p{L}{2,}$/u

export function findEmails(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(EMAIL)) {
    const address = match[0]
    const tld = address.slice(address.lastIndexOf('.') + 1)
    if (!TOP_LEVEL_DOMAIN.test(tld)) continue
    findings.push({
      kind: 'email',
      start: match.index,
      end: match.index + address.length,
      confidence: 'sure',
    })
  }
  return findings
}

// Electronic (NO9386011117947) or printed in groups of four (NO93 8601 1117 947). Upper case only.
const IBAN =
  /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?:[ \u00A0][A-Z0-9]{4}){2,7}(?:[ \u00A0][A-Z0-9]{1,3})?)(?![\p{L}\p{N}])/gu
const MIN_IBAN_LENGTH = 15 // Norway's, the shortest in the registry

export function findIbans(text: string): Finding[] {
  const findings: Finding[] = []
  for (const match of text.matchAll(IBAN)) {
    let candidate = match[0]
    // A printed IBAN followed by an upper-case word or number may have swallowed it: drop
    // trailing groups until the checksum holds.
    while (!isIban(candidate)) {
      const lastSpace = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('\u00A0'))
      if (lastSpace < MIN_IBAN_LENGTH) {
        candidate = ''
        break
      }
      candidate = candidate.slice(0, lastSpace)
    }
    if (candidate) {
      findings.push({
        kind: 'iban',
        start: match.index,
        end: match.index + candidate.length,
        confidence: 'sure',
      })
    }
  }
  return findings
}

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g

/**
 * One regex for all the organisation's terms: case-insensitive, Unicode aware (Æ/æ, Ø/ø, Å/å),
 * on word boundaries (a letter, digit or underscore next to the term means it is part of a longer
 * word), any run of white space between the words of a term. Longest terms first, so
 * "Nordlys Energi" wins over "Nordlys".
 */
export function customTermsPattern(terms: readonly string[]): RegExp | null {
  const cleaned = [...new Set(terms.map((t) => t.trim().replace(/\s+/gu, ' ')))].filter(
    (t) => [...t].length >= 2,
  )
  if (cleaned.length === 0) return null
  cleaned.sort((a, b) => b.length - a.length)
  const alternatives = cleaned.map((t) => t.replace(REGEX_SYNTAX, '\\$&').replace(/ /g, '\\s+'))
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu')
}

export function findCustomTerms(text: string, pattern: RegExp | null): Finding[] {
  if (!pattern) return []
  const findings: Finding[] = []
  for (const match of text.matchAll(pattern)) {
    findings.push({
      kind: 'custom',
      start: match.index,
      end: match.index + match[0].length,
      confidence: 'sure',
    })
  }
  return findings
}
