/**
 * The ideas and obstacles board (F4) and organisation challenges (F3): limits, who may do what,
 * ordering and filtering, and the challenge an ambassador prefills from a community post. Pure:
 * the server (supabase/migrations/20261208110000_ideas.sql, …110100_organisation_challenges.sql)
 * enforces the same rules.
 */

export const IDEA_LIMITS = { title: 140, body: 2000, answer: 500 } as const
export const ANONYMOUS_IDEAS_PER_DAY = 5

export const ideaKinds = ['idea', 'obstacle'] as const
export type IdeaKindValue = (typeof ideaKinds)[number]

export const ideaStatuses = ['new', 'under_consideration', 'planned', 'done', 'not_now'] as const
export type IdeaStatusValue = (typeof ideaStatuses)[number]

export type Role = 'member' | 'ambassador' | 'hr' | 'admin'

/** Ambassadors, HR and admins set an idea's status and answer. */
export function canAnswerIdeas(roles: readonly Role[]): boolean {
  return roles.some((role) => role === 'ambassador' || role === 'hr' || role === 'admin')
}

export interface IdeaInput {
  kind: string
  title: string
  body: string
}

export type IdeaError = 'required' | 'tooLong' | 'invalid'

/** Problems of a new idea, by field (empty: fine). Lengths count characters as the server does. */
export function validateIdea(input: IdeaInput): Partial<Record<'kind' | 'title' | 'body', IdeaError>> {
  const errors: Partial<Record<'kind' | 'title' | 'body', IdeaError>> = {}
  if (!(ideaKinds as readonly string[]).includes(input.kind)) errors.kind = 'invalid'
  const title = input.title.trim()
  if (title.length === 0) errors.title = 'required'
  else if (charCount(title) > IDEA_LIMITS.title) errors.title = 'tooLong'
  if (charCount(input.body.trim()) > IDEA_LIMITS.body) errors.body = 'tooLong'
  return errors
}

export function validateAnswer(answer: string): IdeaError | null {
  return charCount(answer.trim()) > IDEA_LIMITS.answer ? 'tooLong' : null
}

/** Characters as PostgreSQL's char_length counts them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return Array.from(text).length
}

export interface BoardIdea {
  id: string
  kind: string
  status: string
  created_on: string
  vote_count?: number
}

export interface BoardFilter {
  status: IdeaStatusValue | 'all' | 'open'
  kind: IdeaKindValue | 'all'
}

/** Open = not yet done and not set aside: new, under consideration, planned. */
export function matchesBoardFilter(idea: BoardIdea, filter: BoardFilter): boolean {
  if (filter.kind !== 'all' && idea.kind !== filter.kind) return false
  if (filter.status === 'all') return true
  if (filter.status === 'open') return !['done', 'not_now'].includes(idea.status)
  return idea.status === filter.status
}

/** Most votes first, then newest, then by id (a stable order on every device). */
export function byVotesThenNewest(a: BoardIdea, b: BoardIdea): number {
  return (
    (b.vote_count ?? 0) - (a.vote_count ?? 0) ||
    b.created_on.localeCompare(a.created_on) ||
    a.id.localeCompare(b.id)
  )
}

/** Counts per status, for the filter's chips. */
export function statusCounts(ideas: readonly BoardIdea[]): Record<IdeaStatusValue, number> {
  const counts = Object.fromEntries(ideaStatuses.map((s) => [s, 0])) as Record<IdeaStatusValue, number>
  for (const idea of ideas) {
    if ((ideaStatuses as readonly string[]).includes(idea.status)) counts[idea.status as IdeaStatusValue]++
  }
  return counts
}

// Organisation challenges (F3)

export const CHALLENGE_LIMITS = { title: 140, task: 2000, examplePrompt: 4000, checklistItems: 10, checklistItem: 200 } as const

export type ChallengeStatus = 'awaiting_author' | 'declined' | 'published' | 'retired'

/** What may happen next to a challenge, for the credited author and for an ambassador/admin. */
export function challengeTransitions(
  status: ChallengeStatus,
  who: { isAuthor: boolean; isSteward: boolean },
): ChallengeStatus[] {
  const next: ChallengeStatus[] = []
  if (who.isAuthor && status === 'awaiting_author') next.push('published', 'declined')
  if (who.isSteward && status === 'published') next.push('retired')
  if (who.isSteward && status === 'retired') next.push('published')
  if (who.isSteward && status === 'declined') next.push('awaiting_author')
  return next
}

/** Content is editable only before the author agreed (awaiting or declined). */
export function challengeEditable(status: ChallengeStatus): boolean {
  return status === 'awaiting_author' || status === 'declined'
}

export interface PostForChallenge {
  title: string
  body: string
  task?: string | null
  prompt_text?: string | null
  department_id?: string | null
}

export interface ChallengeDraft {
  title: string
  task: string
  example_prompt: string
  checklist: string[]
  department_id: string | null
}

/**
 * The challenge an ambassador starts from: the post's title, its task (or the start of its text),
 * its prompt as the example and its department; `checklist` is the default list (translated by
 * the caller). Every field within the server's limits.
 */
export function draftFromPost(post: PostForChallenge, checklist: readonly string[]): ChallengeDraft {
  const task = (post.task ?? '').trim() || plainStart(post.body, 600)
  return {
    title: clip(post.title.trim(), CHALLENGE_LIMITS.title),
    task: clip(task || post.title.trim(), CHALLENGE_LIMITS.task),
    example_prompt: clip((post.prompt_text ?? '').trim(), CHALLENGE_LIMITS.examplePrompt),
    checklist: normaliseChecklist(checklist),
    department_id: post.department_id ?? null,
  }
}

/** Trimmed, non-empty, at most 10 items of at most 200 characters. */
export function normaliseChecklist(items: readonly string[]): string[] {
  return items
    .map((item) => clip(item.trim(), CHALLENGE_LIMITS.checklistItem))
    .filter((item) => item.length > 0)
    .slice(0, CHALLENGE_LIMITS.checklistItems)
}

export function validateChallenge(draft: ChallengeDraft): Partial<Record<'title' | 'task' | 'example_prompt', IdeaError>> {
  const errors: Partial<Record<'title' | 'task' | 'example_prompt', IdeaError>> = {}
  if (!draft.title.trim()) errors.title = 'required'
  else if (charCount(draft.title) > CHALLENGE_LIMITS.title) errors.title = 'tooLong'
  if (!draft.task.trim()) errors.task = 'required'
  else if (charCount(draft.task) > CHALLENGE_LIMITS.task) errors.task = 'tooLong'
  if (charCount(draft.example_prompt) > CHALLENGE_LIMITS.examplePrompt) errors.example_prompt = 'tooLong'
  return errors
}

/** The first characters of a Markdown text as plain text, cut at a word. */
export function plainStart(markdown: string, max: number): string {
  const plain = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (charCount(plain) <= max) return plain
  const cut = Array.from(plain).slice(0, max).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`
}

/** At most `max` characters (code points: an emoji is never split). */
export function clip(text: string, max: number): string {
  return charCount(text) <= max ? text : Array.from(text).slice(0, max).join('')
}
