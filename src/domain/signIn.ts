/** What a sign-in form accepts before anything is sent (PRODUCT.md S3). */

/** A plain check before anything is sent; the server has the last word. */
export function isPlausibleEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
}

export const CODE_LENGTH = 6

/** Keeps the digits of what was typed or pasted ("123 456" → "123456"). */
export function normaliseCode(value: string): string {
  return value.replace(/\D/g, '').slice(0, CODE_LENGTH)
}
