import { useI18n } from 'vue-i18n'
import { splitMinutes } from '@/domain/community'
import type { DataRules } from '@/domain/dataRules'

/** One date formatter per language: making one costs more than a feed card's whole render. */
const dateFormats = new Map<string, Intl.DateTimeFormat>()
function dateFormat(locale: string) {
  let format = dateFormats.get(locale)
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })))
  return format
}

/** Words for posts: kinds, durations, tools and who wrote it (no names: "you" or "a colleague"). */
export function useCommunityLabels() {
  const { t, locale } = useI18n()
  return {
    kind: (kind: string) => t(`post.kinds.${kind}`),
    duration(total: number) {
      const { hours, minutes } = splitMinutes(total)
      if (hours === 0) return t('post.duration.minutes', { m: minutes })
      if (minutes === 0) return t('post.duration.hours', { h: hours })
      return t('post.duration.hoursMinutes', { h: hours, m: minutes })
    },
    tool: (id: string | null, rules: DataRules) =>
      id ? (rules.tools.find((tool) => tool.id === id)?.name ?? id) : null,
    author: (authorId: string | null | undefined, userId: string | null) =>
      !authorId || authorId === userId ? t('post.byYou') : t('post.byColleague'),
    date: (iso: string) => dateFormat(locale.value).format(new Date(iso)),
  }
}
