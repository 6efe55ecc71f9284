import { useI18n } from 'vue-i18n'
import { splitMinutes } from '@/domain/community'
import type { DataRules } from '@/domain/dataRules'

/** Words for posts: kinds, durations, tools and who wrote it (no names: "you" or "a colleague"). */
export function useCommunityLabels() {
  const { t, d } = useI18n()
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
    date: (iso: string) => d(new Date(iso), { dateStyle: 'medium' }),
  }
}
