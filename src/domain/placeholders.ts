/**
 * `{{key}}` placeholders in library prompts (PRODUCT.md P1): the user fills them in before copying.
 * A key is letters, digits, `_`, `-` or `.` (æøå allowed), with optional spaces inside the braces:
 * `{{kunde}}`, `{{ customer_name }}`.
 */
const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_.-]+)\s*\}\}/gu

/** The distinct keys in the order they first appear. */
export function placeholderKeys(body: string): string[] {
  const keys: string[] = []
  for (const match of body.matchAll(PLACEHOLDER)) {
    const key = match[1]!
    if (!keys.includes(key)) keys.push(key)
  }
  return keys
}

/**
 * Puts the values in. A placeholder without a value (missing, empty or only spaces) stays as it
 * is written, so the user sees what is still to fill in. Values are inserted as they are: a value
 * that itself contains `{{…}}` is not filled again.
 */
export function fillPlaceholders(
  body: string,
  values: Readonly<Record<string, string | null | undefined>>,
): string {
  return body.replace(PLACEHOLDER, (whole, key: string) => {
    const value = Object.hasOwn(values, key) ? values[key] : undefined
    return typeof value === 'string' && value.trim() !== '' ? value : whole
  })
}

/** The keys that would stay visible after filling with `values`. */
export function unfilledPlaceholders(
  body: string,
  values: Readonly<Record<string, string | null | undefined>>,
): string[] {
  return placeholderKeys(body).filter((key) => {
    const value = Object.hasOwn(values, key) ? values[key] : undefined
    return typeof value !== 'string' || value.trim() === ''
  })
}
