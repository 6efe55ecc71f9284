/**
 * Library search (PRODUCT.md P1): full text over title, task, tags and body, as the user types,
 * plus filters. Pure TypeScript. The text of every prompt is normalised once when the index is
 * built, so a keystroke only runs `includes` over prepared strings — and while the query only
 * grows (the usual case when typing), only the previous hits are searched again.
 */
import { levels, type DataClass, type Level } from '@/domain/competence'
import { toolsAllowedFor, type DataRules } from '@/domain/dataRules'
import type { LibraryItem } from './libraryItem'

const COMBINING_MARKS = /[\u0300-\u036f]/g
/** Anything beyond ASCII and æøå may carry an accent; plain Norwegian text skips the slow path. */
const MAY_HAVE_ACCENTS = /[^\u0000-\u007fæøåÆØÅ]/

/**
 * Lower case, accents dropped (é → e, ü → u) — but Norwegian letters stay themselves: æ and ø do
 * not decompose, and å (a + ring once decomposed) is put back, so «år» never matches «ar».
 */
export function normalizeForSearch(text: string): string {
  // toLowerCase is the same as the Norwegian locale's, and faster.
  const lower = text.toLowerCase()
  if (!MAY_HAVE_ACCENTS.test(lower)) return lower
  return lower
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(COMBINING_MARKS, '')
}

export interface LibraryFilters {
  department: string | null
  task: string | null
  tool: string | null
  level: Level | null
  dataClass: DataClass | null
}

export const noFilters: LibraryFilters = {
  department: null,
  task: null,
  tool: null,
  level: null,
  dataClass: null,
}

interface Entry {
  item: LibraryItem
  /** The tools that may run this prompt: its own list (or any tool) ∩ allowed for its class. */
  usableTools: string[]
  title: string
  text: string
}

export interface LibraryIndex {
  entries: Entry[]
}

// Made on first use: building an 'nb' collator takes ~20 ms on a slow phone, and this module is
// evaluated before the Library page's first render, while the first sort comes with the prompts.
let nbCollator: Intl.Collator | undefined
const collator = () => (nbCollator ??= new Intl.Collator('nb'))

/** Display order: featured first, then the organisation's own prompts, then by level and title. */
function compareItems(a: LibraryItem, b: LibraryItem): number {
  return (
    Number(b.featured) - Number(a.featured) ||
    Number(b.source === 'organisation') - Number(a.source === 'organisation') ||
    levels.indexOf(a.level ?? 'basic') - levels.indexOf(b.level ?? 'basic') ||
    collator().compare(a.title, b.title)
  )
}

export function usableTools(item: LibraryItem, rules: DataRules): string[] {
  const allowed = toolsAllowedFor(item.dataClass, rules).map((tool) => tool.id)
  return item.tools.length === 0 ? allowed : allowed.filter((id) => item.tools.includes(id))
}

export function buildLibraryIndex(items: readonly LibraryItem[], rules: DataRules): LibraryIndex {
  const entries = [...items].sort(compareItems).map((item) => ({
    item,
    usableTools: usableTools(item, rules),
    title: normalizeForSearch(item.title),
    text: normalizeForSearch([item.title, item.task, item.tags.join(' '), item.body].join('\n')),
  }))
  return { entries }
}

function matchesFilters(entry: Entry, filters: LibraryFilters): boolean {
  const { item } = entry
  return (
    (filters.department === null || item.department === filters.department) &&
    (filters.task === null || item.task === filters.task) &&
    (filters.level === null || item.level === filters.level) &&
    (filters.dataClass === null || item.dataClass === filters.dataClass) &&
    (filters.tool === null || entry.usableTools.includes(filters.tool))
  )
}

function sameFilters(a: LibraryFilters, b: LibraryFilters): boolean {
  return (
    a.department === b.department &&
    a.task === b.task &&
    a.tool === b.tool &&
    a.level === b.level &&
    a.dataClass === b.dataClass
  )
}

export function queryTerms(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean)
}

/**
 * A search over one index that remembers its last answer. Every term must occur (AND); prompts
 * whose title holds every term come first, otherwise the display order is kept.
 */
export function createLibrarySearch(index: LibraryIndex) {
  let last: { query: string; filters: LibraryFilters; hits: Entry[] } | null = null

  return function search(query: string, filters: LibraryFilters = noFilters): LibraryItem[] {
    const terms = queryTerms(query)
    const normalized = terms.join(' ')
    // A longer query can only match a subset of what the shorter one matched.
    const narrowing =
      last !== null && sameFilters(last.filters, filters) && normalized.startsWith(last.query)
    const candidates = narrowing
      ? last!.hits
      : index.entries.filter((entry) => matchesFilters(entry, filters))
    const hits =
      terms.length === 0
        ? candidates
        : candidates.filter((entry) => terms.every((term) => entry.text.includes(term)))
    last = { query: normalized, filters: { ...filters }, hits }
    if (terms.length === 0) return hits.map((entry) => entry.item)
    const inTitle: LibraryItem[] = []
    const elsewhere: LibraryItem[] = []
    for (const entry of hits) {
      ;(terms.every((term) => entry.title.includes(term)) ? inTitle : elsewhere).push(entry.item)
    }
    return inTitle.concat(elsewhere)
  }
}

/** The distinct values of a facet, most common first (ties alphabetical), at most `limit`. */
export function facetValues(
  index: LibraryIndex,
  pick: (item: LibraryItem) => string | null,
  limit = Infinity,
): string[] {
  const counts = new Map<string, number>()
  for (const { item } of index.entries) {
    const value = pick(item)
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || collator().compare(a[0], b[0]))
    .slice(0, limit)
    .map(([value]) => value)
}
