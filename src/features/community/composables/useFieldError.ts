import { useI18n } from 'vue-i18n'
import type { FieldError } from '@/domain/community'

/** A field's error from the domain's validation, in words: what is wrong and what to do. */
export function useFieldError() {
  const { t, n } = useI18n()
  return (error: FieldError | undefined): string => {
    if (!error) return ''
    switch (error.code) {
      case 'too_long':
        return t('post.errors.too_long', { limit: n(error.limit, 'integer'), over: n(error.over, 'integer') }, error.over)
      case 'out_of_range':
        return t('post.errors.out_of_range', { max: n(error.max, 'integer') })
      case 'too_many':
        return t('post.errors.too_many', { limit: error.limit })
      default:
        return t(`post.errors.${error.code}`)
    }
  }
}
