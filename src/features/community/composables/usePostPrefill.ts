import { loadChallenges, loadLibraryPrompts } from '@/content'
import { getAttempt } from '@/data/repos/challenge.repo'
import { getPrompt } from '@/data/repos/library.repo'
import type { PostSource } from '@/data/repos/community.repo'
import { useLocalized } from '@/composables/useLocalized'
import { draftFromSource, emptyPostDraft, type PostDraft } from '../postDraft'

/** The composer's first draft from where it was opened (`?from=attempt|library_prompt&id=…`). */
export function usePostPrefill() {
  const { loc } = useLocalized()
  return async (source: PostSource | null): Promise<PostDraft> => {
    if (!source) return emptyPostDraft()
    try {
      if (source.kind === 'attempt') {
        const attempt = await getAttempt(source.id)
        if (!attempt) return emptyPostDraft()
        const challenge = (await loadChallenges()).find((c) => c.id === attempt.challenge_id)
        return draftFromSource({
          source,
          title: challenge ? loc(challenge.title) : '',
          task: challenge ? loc(challenge.task) : '',
          prompt: attempt.prompt,
          dataClass: challenge?.dataClass ?? 'green',
        })
      }
      const shared = await getPrompt(source.id)
      if (shared) {
        return draftFromSource({
          source,
          title: shared.title,
          task: shared.task ?? '',
          prompt: shared.body,
          dataClass: shared.data_class,
          tags: shared.tags,
        })
      }
      const starter = (await loadLibraryPrompts()).find((p) => p.id === source.id)
      if (!starter) return emptyPostDraft()
      return draftFromSource({
        source,
        title: loc(starter.title),
        task: loc(starter.task),
        prompt: loc(starter.body),
        dataClass: starter.dataClass,
        tags: starter.tags,
      })
    } catch {
      return emptyPostDraft()
    }
  }
}
