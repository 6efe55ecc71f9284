import { givenNames } from './givenNames'
import type { Finding } from './types'

/*
 * Names of people: a common Norwegian given name (givenNames.ts) followed by one to three
 * capitalised words — "Per Olsen", "Anne-Lise Berg", "Jan Erik Hansen" — "may be a person's name".
 * Norwegian writes common nouns in lower case, so the capital on the next word is what tells
 * "Per Olsen" from "per dag". Left alone: a capitalised word that is not a surname (a unit, a
 * month, a function word, a tool: "Per Day", "Hans Majestet", "Per Microsoft Teams"), the
 * placeholder person (Ola and Kari Nordmann), a street or place named after someone ("Kristian
 * Augusts gate", "Jan Mayen"), and title-case headings (two capitalised words before the name, or
 * a run of five or more).
 *
 * Linear: one regex finds capitalised words followed by a space; the rest is a set look-up and at
 * most four sticky matches per given name found.
 */
const GIVEN = new Set(givenNames)

// Candidates: a capitalised word followed by a space. Every given name in the list is written
// with A–Z, Æ, Ø, Å and lower-case a–z, æ, ø, å, so this scan needs no Unicode property classes
// (which would make it ten times slower); the word before and the word after are checked with
// Unicode classes only where a candidate is.
const NAME_START = /[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)*(?=[ \u00A0])/g
const WORD_CHAR = /[\p{L}\p{N}_-]/u
const NEXT_WORD = /[ \u00A0](\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{N}_-])/uy
const TITLE_CASE_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}[\p{L}-]*[ \u00A0]\p{Lu}[\p{L}-]*[ \u00A0]$/u
const STREET_AFTER =
  /^[ \u00A0](?:gate|gata|gaten|vei|veien|veg|vegen|plass|plassen|allé|alle|torg|torget|park|parken|bru|brua|brygge|kirke)(?!\p{L})/u
const MAX_FOLLOWING = 3

/** Capitalised words that are not surnames (compared in lower case). */
const NOT_A_SURNAME = new Set([
  // Norwegian function words, units and titles, as title case writes them
  'og',
  'i',
  'på',
  'til',
  'med',
  'for',
  'fra',
  'om',
  'som',
  'er',
  'var',
  'det',
  'den',
  'de',
  'en',
  'et',
  'jeg',
  'du',
  'vi',
  'dere',
  'har',
  'kan',
  'skal',
  'vil',
  'ikke',
  'hei',
  'takk',
  'hilsen',
  'mvh',
  'dag',
  'døgn',
  'uke',
  'måned',
  'år',
  'time',
  'timer',
  'minutt',
  'person',
  'ansatt',
  'bruker',
  'kunde',
  'stk',
  'gang',
  'side',
  'kr',
  'kroner',
  'majestet',
  'høyhet',
  'kongen',
  'dronningen',
  'etter',
  'før',
  'under',
  'over',
  'uten',
  'mot',
  'ved',
  'hos',
  'av',
  'når',
  'hvis',
  'men',
  'eller',
  'så',
  'nå',
  'ny',
  'nye',
  'nytt',
  'alle',
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
  'søndag',
  // English
  'and',
  'or',
  'the',
  'of',
  'in',
  'on',
  'to',
  'with',
  'from',
  'at',
  'by',
  'is',
  'was',
  'are',
  'will',
  'can',
  'day',
  'week',
  'month',
  'year',
  'hour',
  'minute',
  'user',
  'users',
  'seat',
  'employee',
  'customer',
  'unit',
  'item',
  'capita',
  'cent',
  'se',
  'annum',
  'but',
  'not',
  'all',
  'new',
  'more',
  'after',
  'before',
  'under',
  'over',
  'via',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'october',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  // Tools and brands
  'microsoft',
  'google',
  'apple',
  'excel',
  'word',
  'teams',
  'outlook',
  'copilot',
  'office',
  'windows',
  'gemini',
  'claude',
  'sharepoint',
  'onedrive',
  'slack',
  'zoom',
  'browser',
])

/** The placeholder person, used when a text is already anonymised. */
const PLACEHOLDER_SURNAMES = new Set(['nordmann', 'navnesen', 'testesen'])

/** Places and streets that start with a given name. */
const PLACES = new Set(['jan mayen', 'karl johan'])

export function findNames(text: string): Finding[] {
  const findings: Finding[] = []
  NAME_START.lastIndex = 0
  for (let match = NAME_START.exec(text); match; match = NAME_START.exec(text)) {
    const first = match[0]
    const start = match.index
    const dash = first.indexOf('-')
    if (!GIVEN.has(dash < 0 ? first : first.slice(0, dash))) continue
    // Part of a longer word ("McDonald", "e-Per", "3Per") is no given name.
    if (start > 0 && WORD_CHAR.test(text[start - 1]!)) continue

    let runEnd = start + first.length
    const following: { word: string; end: number }[] = []
    NEXT_WORD.lastIndex = runEnd
    for (let next = NEXT_WORD.exec(text); next; next = NEXT_WORD.exec(text)) {
      runEnd = NEXT_WORD.lastIndex
      following.push({ word: next[1]!.toLowerCase(), end: runEnd })
      if (following.length > MAX_FOLLOWING) break
    }
    // A title-case heading ("Per Day Pricing For Teams"): skip the whole run.
    if (following.length > MAX_FOLLOWING) {
      NAME_START.lastIndex = runEnd
      continue
    }
    const stop = following.findIndex((f) => NOT_A_SURNAME.has(f.word))
    const surnames = stop < 0 ? following : following.slice(0, stop)
    // "Per Dag Ordning": a run that starts with a word that is no surname is no name at all.
    if (surnames.length === 0) {
      NAME_START.lastIndex = runEnd
      continue
    }
    const end = surnames[surnames.length - 1]!.end
    NAME_START.lastIndex = end
    const name = text
      .slice(start, end)
      .toLowerCase()
      .replace(/\u00A0/g, ' ')

    if (
      surnames.some((s) => PLACEHOLDER_SURNAMES.has(s.word)) ||
      PLACES.has(name) ||
      TITLE_CASE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
      STREET_AFTER.test(text.slice(end, end + 12))
    ) {
      continue
    }
    findings.push({ kind: 'name', start, end, confidence: 'maybe' })
  }
  return findings
}
