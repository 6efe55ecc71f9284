import type { PromptChallenge } from '@/content/types'
import type { OrganisationChallengeRow } from '@/data/db'

/** Organisation challenges live beside the starter ones under ids with this prefix. */
export const ORG_CHALLENGE_PREFIX = 'org-'

export const orgChallengeId = (rowId: string) => `${ORG_CHALLENGE_PREFIX}${rowId}`

export function orgRowId(challengeId: string): string | null {
  return challengeId.startsWith(ORG_CHALLENGE_PREFIX) ? challengeId.slice(ORG_CHALLENGE_PREFIX.length) : null
}

/**
 * An organisation challenge as a prompt challenge, so that it is attempted exactly like a starter
 * one (ChallengeFlow, attempts under challenge_id `org-<id>`). Its texts are the colleague's, in
 * the language they wrote: the same text for both languages. The checklist becomes the hints.
 */
export function toPromptChallenge(row: OrganisationChallengeRow): PromptChallenge {
  const same = (text: string) => ({ nb: text, en: text })
  return {
    id: orgChallengeId(row.id),
    competency: 'simple-prompts',
    level: 'basic',
    dataClass: 'green',
    minutes: 15,
    title: same(row.title),
    task: same(row.task),
    flavours: {},
    hints: row.checklist.map(same),
    examplePrompt: same(row.example_prompt),
  }
}
