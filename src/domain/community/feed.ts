/**
 * The feed's filters, offline search and "new since your last visit" (PRODUCT.md F2). Pure
 * functions over the posts on the device; the UI keeps the filter state.
 */
import type { PostKind } from './limits'

/** The fields of a post the feed filters and searches. */
export interface FeedPost {
  id: string
  kind: string
  title: string
  body: string
  task: string | null
  tags: readonly string[]
  tool: string | null
  department_id: string | null
  created_at: string
}

export interface FeedFilters {
  kinds: PostKind[]
  departmentId: string | null
  tag: string | null
  tool: string | null
}

export function emptyFilters(): FeedFilters {
  return { kinds: [], departmentId: null, tag: null, tool: null }
}

export function activeFilterCount(filters: FeedFilters): number {
  return (
    filters.kinds.length +
    (filters.departmentId ? 1 : 0) +
    (filters.tag ? 1 : 0) +
    (filters.tool ? 1 : 0)
  )
}

// Zero-width and direction-control characters: invisible, so a search never has to match them.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g
const COMBINING = /[\u0300-\u036f]/g

/**
 * Text folded for matching: lower case, invisible characters out, accents off (é → e) but the
 * Norwegian letters kept apart (æ, ø and å are letters of their own, not accented a and o).
 */
export function foldForSearch(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .toLocaleLowerCase('nb')
    .replace(/å/g, '\u0001')
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/\u0001/g, 'å')
}

/** Words of a query, folded; every one must occur in a post for it to match. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean).slice(0, 12)
}

const searchCache = new Map<string, { key: string; text: string }>()

/** A post's searchable text (title, body, task, tags), folded once per id and version. */
export function searchText(post: FeedPost & { updated_at?: string; revision?: number }): string {
  const key = `${post.updated_at ?? ''}:${post.revision ?? ''}:${post.title.length}:${post.body.length}`
  const hit = searchCache.get(post.id)
  if (hit && hit.key === key) return hit.text
  const text = foldForSearch(
    [post.title, post.task ?? '', post.tags.join(' '), post.body].join('\n'),
  )
  if (searchCache.size > 50_000) searchCache.clear()
  searchCache.set(post.id, { key, text })
  return text
}

export function matchesFilters(post: FeedPost, filters: FeedFilters): boolean {
  if (filters.kinds.length > 0 && !filters.kinds.includes(post.kind as PostKind)) return false
  if (filters.departmentId && post.department_id !== filters.departmentId) return false
  if (filters.tool && post.tool !== filters.tool) return false
  if (filters.tag) {
    const wanted = filters.tag.toLocaleLowerCase('nb')
    if (!post.tags.some((tag) => tag.toLocaleLowerCase('nb') === wanted)) return false
  }
  return true
}

/** The posts that pass the filters and contain every word of the query, in their given order. */
export function filterFeed<T extends FeedPost>(
  posts: readonly T[],
  filters: FeedFilters,
  query: string,
): T[] {
  const terms = queryTerms(query)
  return posts.filter(
    (post) =>
      matchesFilters(post, filters) &&
      (terms.length === 0 || terms.every((term) => searchText(post).includes(term))),
  )
}

/** Newest first; equal times by id, so the order is the same on every device. */
export function byNewest(a: FeedPost, b: FeedPost): number {
  return b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id)
}

/**
 * Whether a post is new since the last visit. A first visit (no earlier visit) marks nothing: the
 * whole feed is new then, and a marker on every post says nothing. The person's own posts are
 * never "new" to them.
 */
export function isNewSince(
  post: Pick<FeedPost, 'created_at'> & { author_id?: string | null },
  lastVisit: string | null,
  userId: string | null,
): boolean {
  if (!lastVisit) return false
  if (!post.author_id || post.author_id === userId) return false
  return post.created_at > lastVisit
}

/** The values the filters can offer, from the posts there are: tags by use, tools, departments. */
export function facets(posts: readonly FeedPost[]): {
  tags: string[]
  tools: string[]
  departmentIds: string[]
} {
  const tagCount = new Map<string, { tag: string; n: number }>()
  const tools = new Set<string>()
  const departments = new Set<string>()
  for (const post of posts) {
    for (const tag of post.tags) {
      const key = tag.toLocaleLowerCase('nb')
      const entry = tagCount.get(key)
      if (entry) entry.n++
      else tagCount.set(key, { tag, n: 1 })
    }
    if (post.tool) tools.add(post.tool)
    if (post.department_id) departments.add(post.department_id)
  }
  return {
    tags: [...tagCount.values()]
      .sort((a, b) => b.n - a.n || a.tag.localeCompare(b.tag, 'nb'))
      .slice(0, 40)
      .map((entry) => entry.tag),
    tools: [...tools].sort(),
    departmentIds: [...departments],
  }
}

/** Who may see a post on this device: published ones, and hidden ones by their author or a moderator. */
export function isVisibleTo(
  post: { status: string; author_id?: string | null },
  userId: string | null,
  moderator: boolean,
): boolean {
  if (post.status !== 'hidden') return true
  return moderator || !post.author_id || post.author_id === userId
}
