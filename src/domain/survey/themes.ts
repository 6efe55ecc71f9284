/**
 * Free text becomes themes, never shown as typed (quotes aside, with consent): a plain keyword
 * rule anyone can check. The text is lower-cased (A–Z, Æ Ø Å Ä Ö Ü É), hyphens dropped
 * ("e-post" → "epost"), split into words at anything but a–z, 0–9 and those letters; a theme
 * applies when a word *starts with* one of its keywords ("møtene" → meetings). Text that matches
 * no keyword is "other"; text without a word has no theme. A text may have several themes.
 *
 * The server does the counting with the same list (private.survey_theme_keywords() in
 * supabase/migrations/20261208140000_survey.sql); test/db/survey.test.ts checks both agree.
 */
export const surveyThemes = [
  'meetings',
  'email',
  'documents',
  'time',
  'tools',
  'data_rules',
  'quality',
  'skills',
  'leadership',
  'other',
] as const
export type SurveyTheme = (typeof surveyThemes)[number]

export const surveyThemeKeywords: Record<Exclude<SurveyTheme, 'other'>, readonly string[]> = {
  meetings: ['møte', 'meeting', 'referat', 'agenda'],
  email: ['epost', 'email', 'mail', 'innboks', 'inbox'],
  documents: [
    'dokument',
    'document',
    'rapport',
    'report',
    'notat',
    'presentasjon',
    'presentation',
    'tekst',
    'text',
    'skriving',
    'writing',
  ],
  time: ['tid', 'time', 'hour', 'travel', 'busy', 'hektisk', 'stress'],
  tools: [
    'verktøy',
    'tool',
    'lisens',
    'licen',
    'tilgang',
    'access',
    'program',
    'software',
    'app',
    'system',
  ],
  data_rules: [
    'personvern',
    'gdpr',
    'privacy',
    'personopplys',
    'taushet',
    'konfidensi',
    'confidential',
    'sikkerhet',
    'security',
    'regel',
    'regler',
    'rule',
    'policy',
    'lovverk',
    'lovkrav',
    'juridisk',
    'legal',
  ],
  quality: [
    'feil',
    'error',
    'mistake',
    'kvalitet',
    'quality',
    'hallusin',
    'halluc',
    'unøyaktig',
    'inaccura',
    'wrong',
    'galt',
  ],
  skills: [
    'kunnskap',
    'knowledge',
    'kompetanse',
    'skill',
    'opplæring',
    'training',
    'kurs',
    'course',
    'lær',
    'learn',
    'forstå',
    'understand',
  ],
  leadership: ['leder', 'ledelse', 'manager', 'management', 'sjef', 'boss', 'støtte', 'support'],
}

const UPPER = 'ÆØÅÄÖÜÉ'
const LOWER = 'æøåäöüé'

/** The words of a text as the server splits them (see the comment at the top). */
export function themeWords(text: string): string[] {
  let lowered = ''
  for (const ch of text) {
    if (ch >= 'A' && ch <= 'Z') lowered += ch.toLowerCase()
    else if (UPPER.includes(ch)) lowered += LOWER[UPPER.indexOf(ch)]
    else if (ch !== '-') lowered += ch
  }
  return lowered.split(/[^a-z0-9æøåäöüé]+/u).filter((w) => w !== '')
}

/** The themes of one free text, in `surveyThemes` order. */
export function classifyText(text: string): SurveyTheme[] {
  const words = themeWords(text)
  if (words.length === 0) return []
  const hits = surveyThemes.filter(
    (theme) =>
      theme !== 'other' &&
      surveyThemeKeywords[theme].some((k) => words.some((w) => w.startsWith(k))),
  )
  return hits.length > 0 ? hits : ['other']
}
