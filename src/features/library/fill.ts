/**
 * Filling a prompt's `{{key}}` placeholders while remembering where each value landed, so that a
 * privacy fix made on the filled text (the guard works on what will be copied) can be carried back
 * into the field the person typed it in. Pure TypeScript.
 */
import { placeholderKeys } from '@/domain/placeholders'
import { findSensitiveData, redact, type PrivacyLocale } from '@/domain/privacy'

const TOKEN = /(\{\{\s*[\p{L}\p{N}_.-]+\s*\}\})/u

export interface FilledSegment {
  /** The placeholder's key, or null for the prompt's own text. */
  key: string | null
  start: number
  end: number
}

export type PlaceholderValues = Record<string, string>

/**
 * The value typed for a key, '' when none. Own properties only: keys come from user text, and
 * `constructor` or `__proto__` must not find Object.prototype's members.
 */
export function placeholderValue(values: Readonly<Record<string, unknown>>, key: string): string {
  const value = Object.hasOwn(values, key) ? values[key] : undefined
  return typeof value === 'string' ? value : ''
}

function hasValue(values: PlaceholderValues, key: string): boolean {
  return placeholderValue(values, key).trim() !== ''
}

/** Like fillPlaceholders (an empty value leaves the placeholder visible), with the segments. */
export function fillWithSegments(body: string, values: PlaceholderValues) {
  let text = ''
  const segments: FilledSegment[] = []
  body.split(TOKEN).forEach((part, i) => {
    const key = i % 2 === 1 ? (placeholderKeys(part)[0] ?? null) : null
    const piece = key !== null && hasValue(values, key) ? values[key]! : part
    if (piece)
      segments.push({
        key: key !== null && hasValue(values, key) ? key : null,
        start: text.length,
        end: text.length + piece.length,
      })
    text += piece
  })
  return { text, segments }
}

/**
 * Carries a fixed version of the filled text back into the values. One fix changes one region:
 * when that region lies inside one value, that value gets the same change. Otherwise (e.g. "fix
 * all") every value is fixed on its own. Returns the new values; the prompt's own text never
 * changes here.
 */
export function applyFixToValues(
  body: string,
  values: PlaceholderValues,
  fixedText: string,
  locale: PrivacyLocale,
  customTerms: readonly string[] = [],
): PlaceholderValues {
  const { text, segments } = fillWithSegments(body, values)
  let prefix = 0
  while (prefix < text.length && prefix < fixedText.length && text[prefix] === fixedText[prefix])
    prefix++
  let suffix = 0
  while (
    suffix < text.length - prefix &&
    suffix < fixedText.length - prefix &&
    text[text.length - 1 - suffix] === fixedText[fixedText.length - 1 - suffix]
  ) {
    suffix++
  }
  const changedEnd = text.length - suffix
  const inside = segments.find((s) => s.key !== null && s.start <= prefix && changedEnd <= s.end)
  if (inside?.key) {
    const old = values[inside.key]!
    const from = prefix - inside.start
    const to = changedEnd - inside.start
    const replacement = fixedText.slice(prefix, fixedText.length - suffix)
    return { ...values, [inside.key]: old.slice(0, from) + replacement + old.slice(to) }
  }
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      redact(value, findSensitiveData(value, { customTerms }), locale),
    ]),
  )
}
