import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import groups from '@/locales/groups.json'

// "fullført 1 leksjoner": a number that meets a noun with a different plural needs vue-i18n's
// plural forms (`… | …`), called with the count. The nouns are those our messages use after a
// number; add one when a message with a new counted noun is written.
const countedNouns: Record<'nb' | 'en', RegExp> = {
  nb: /^(dager|leksjoner|minutter|oppgaver|uker|ukene|kompetanser|kolleger|prompter|personer|svar|kommentarer|reaksjoner|idéer|ideer|stemmer|forsøk|utfordringer|medlemmer|avdelinger|frysdager|timer)\b/u,
  en: /^(days|lessons|minutes|cards|weeks|exercises|competencies|colleagues|prompts|people|answers|comments|reactions|ideas|votes|attempts|challenges|members|departments|errors|hours|posts|replies|characters)\b/u,
}

// Placeholders that are never 1: limits (a field's maximum, the minimum group size of 3 or more).
const neverOne = /^(max|min|minGroup|[a-z]+(Max|Min)|toolName|toolUrl)$/
// Messages whose count is a fixed number above 1, with the reason.
const fixedCounts: Record<string, string> = {
  'growth.radar.summary': '{total} is the number of competencies in the model (11)',
}

type Messages = { [key: string]: string | Messages }

function* messages(tree: Messages, path = ''): Generator<[string, string]> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') yield [path + key, value]
    else yield* messages(value, `${path}${key}.`)
  }
}

const files = ['', ...Object.keys(groups).map((group) => `${group}/`)]

describe.each(['nb', 'en'] as const)('number before a counted noun (%s)', (locale) => {
  it('has plural forms', () => {
    const offenders: string[] = []
    for (const dir of files) {
      const tree = JSON.parse(readFileSync(`src/locales/${dir}${locale}.json`, 'utf8')) as Messages
      for (const [key, text] of messages(tree)) {
        if (text.includes('|') || Object.hasOwn(fixedCounts, key)) continue
        // A range ("{low}–{high} timer") reads well in the plural whatever the numbers.
        for (const match of text.matchAll(/(–?)\{([a-zA-Z]+)\}\s+(\p{L}+)/gu)) {
          if (match[1] || neverOne.test(match[2]!)) continue
          if (countedNouns[locale].test(match[3]!)) offenders.push(`${dir}${key}: ${text}`)
        }
      }
    }
    expect(offenders).toEqual([])
  })
})
