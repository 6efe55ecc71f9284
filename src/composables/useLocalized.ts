import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Localized } from '@/content/types'

/** The app language as 'nb' | 'en' (bokmål unless English) and a picker for content texts in it. */
export function useLocalized() {
  const { locale } = useI18n()
  const lang = computed<'nb' | 'en'>(() => (locale.value === 'en' ? 'en' : 'nb'))
  const loc = (text: Localized): string => text[lang.value]
  return { lang, loc }
}
