/**
 * A valid Norwegian fødselsnummer for a birth date, with both control digits computed (mod 11).
 * Individual numbers whose control digit would be 10 are skipped, as the real scheme does.
 */
export function makeFodselsnummer(day: number, month: number, year: number): string {
  const date = [day, month, year % 100].map((n) => String(n).padStart(2, '0')).join('')
  const control = (digits: string, weights: number[]) => {
    const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0)
    const k = 11 - (sum % 11)
    return k === 11 ? 0 : k
  }
  // 1900–1999: individual numbers 000–499.
  for (let individual = 100; individual < 500; individual++) {
    const nine = date + String(individual).padStart(3, '0')
    const k1 = control(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2])
    if (k1 === 10) continue
    const k2 = control(nine + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    if (k2 === 10) continue
    return `${nine}${k1}${k2}`
  }
  throw new Error('no valid number for this date')
}
