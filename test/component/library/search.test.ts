import { describe, expect, it } from 'vitest'
import { defaultDataRules } from '@/domain/dataRules'
import type { LibraryItem } from '@/features/library/libraryItem'
import {
  buildLibraryIndex,
  createLibrarySearch,
  noFilters,
  normalizeForSearch,
} from '@/features/library/search'
import { applyFixToValues, fillWithSegments } from '@/features/library/fill'

function item(id: string, overrides: Partial<LibraryItem> = {}): LibraryItem {
  return {
    id,
    source: 'starter',
    title: id,
    body: '',
    task: '',
    department: 'sales',
    level: 'basic',
    dataClass: 'green',
    tags: [],
    tools: [],
    featured: false,
    status: 'approved',
    placeholderLabels: {},
    ...overrides,
  }
}

describe('normalizeForSearch', () => {
  it('drops accents and case but keeps æ, ø and å as letters of their own', () => {
    expect(normalizeForSearch('Café RÉSUMÉ Über')).toBe('cafe resume uber')
    expect(normalizeForSearch('BLÅBÆR Ørret')).toBe('blåbær ørret')
    expect(normalizeForSearch('Å')).not.toBe('a')
  })
})

describe('library search', () => {
  const items = [
    item('Møtereferat', { body: 'Lag et referat.' }),
    item('Tilbud', {
      body: 'Skriv et møtereferat som vedlegg.',
      featured: true,
      department: 'project',
    }),
    item('Årsplan', { tags: ['plan'], dataClass: 'red' }),
    item('Café-kampanje', { task: 'Markedsføring' }),
  ]
  const index = buildLibraryIndex(items, defaultDataRules())

  it('puts featured prompts first, and title hits before body hits', () => {
    const search = createLibrarySearch(index)
    expect(search('', noFilters).map((i) => i.id)[0]).toBe('Tilbud')
    expect(search('møtereferat', noFilters).map((i) => i.id)).toEqual(['Møtereferat', 'Tilbud'])
  })

  it('matches every term, narrows as the query grows and widens again when it shrinks', () => {
    const search = createLibrarySearch(index)
    expect(
      search('ref', noFilters)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['Møtereferat', 'Tilbud'])
    expect(search('ar', noFilters).map((i) => i.id)).toEqual(['Café-kampanje'])
    expect(search('år', noFilters).map((i) => i.id)).toEqual(['Årsplan'])
    expect(search('cafe mark', noFilters).map((i) => i.id)).toEqual(['Café-kampanje'])
    expect(search('cafe markx', noFilters)).toEqual([])
    expect(search('cafe', noFilters).map((i) => i.id)).toEqual(['Café-kampanje'])
  })

  it('filters by department, data class and tool (a red prompt has no tool by default)', () => {
    const search = createLibrarySearch(index)
    expect(search('', { ...noFilters, department: 'project' }).map((i) => i.id)).toEqual(['Tilbud'])
    expect(search('', { ...noFilters, dataClass: 'red' }).map((i) => i.id)).toEqual(['Årsplan'])
    expect(search('', { ...noFilters, tool: 'm365-copilot' }).map((i) => i.id)).not.toContain(
      'Årsplan',
    )
  })
})

describe('filling placeholders and carrying a fix back', () => {
  const body = 'Til {{kunde}}: svar på {{sak}}. Hilsen {{kunde}}'
  it('knows where each value landed', () => {
    const { text, segments } = fillWithSegments(body, { kunde: 'Ola', sak: '' })
    expect(text).toBe('Til Ola: svar på {{sak}}. Hilsen Ola')
    expect(
      segments.filter((s) => s.key === 'kunde').map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Ola', 'Ola'])
  })
  it('puts a one-finding fix into the field it came from', () => {
    const values = { kunde: 'Ola, tlf 987 65 432', sak: 'reklamasjon' }
    const filled = fillWithSegments(body, values).text
    const fixed = filled.replace('987 65 432', '[TELEFON]')
    expect(applyFixToValues(body, values, fixed, 'nb')).toEqual({
      kunde: 'Ola, tlf [TELEFON]',
      sak: 'reklamasjon',
    })
  })
})
