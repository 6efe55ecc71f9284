import { useI18n } from 'vue-i18n'
import type { Localized } from '@/content/types'

/** Picks the current language's text of a content item (bokmål when the locale is unknown). */
export function useLocalized() {
  const { locale } = useI18n()
  return (text: Localized): string => (locale.value === 'en' ? text.en : text.nb)
}
