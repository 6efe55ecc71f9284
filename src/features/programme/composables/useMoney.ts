import { useI18n } from 'vue-i18n'
import type { Currency } from '@/domain/roi'

/** Amounts and percentages in the app's language: "90 000 kr" / "€90,000", "544 %" / "544%". */
export function useMoney() {
  const { locale } = useI18n()
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'nb-NO')
  const money = (amount: number, currency: Currency) =>
    new Intl.NumberFormat(tag(), { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      Math.round(amount),
    )
  const percent = (value: number) =>
    new Intl.NumberFormat(tag(), { style: 'percent', maximumFractionDigits: 0 }).format(
      Math.round(value) / 100,
    )
  const number = (value: number) =>
    new Intl.NumberFormat(tag(), { maximumFractionDigits: 0 }).format(value)
  return { money, percent, number }
}
