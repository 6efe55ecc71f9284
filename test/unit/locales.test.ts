import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Read the files as written: the Vite i18n plugin would hand us precompiled messages instead.
const read = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'src/locales', path), 'utf8'))

const groups = read('groups.json') as Record<string, string[]>
const files = ['', ...Object.keys(groups).map((g) => `${g}/`)]

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[prefix, value]]
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  )
}

describe.each(files)('locales %s', (dir) => {
  const nb = read(`${dir}nb.json`)
  const en = read(`${dir}en.json`)

  it('nb.json and en.json have exactly the same keys', () => {
    const nbKeys = leaves(nb).map(([k]) => k)
    const enKeys = leaves(en).map(([k]) => k)
    expect(nbKeys.filter((k) => !enKeys.includes(k))).toEqual([])
    expect(enKeys.filter((k) => !nbKeys.includes(k))).toEqual([])
  })

  it('every message is a non-empty string in both languages', () => {
    for (const [key, value] of [...leaves(nb), ...leaves(en)]) {
      expect(typeof value, key).toBe('string')
      expect((value as string).trim(), key).not.toBe('')
    }
  })

  it('uses the same interpolation names in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const enMap = new Map(leaves(en))
    for (const [key, value] of leaves(nb)) {
      expect(names(String(enMap.get(key))), key).toEqual(names(String(value)))
    }
  })
})

describe('message groups', () => {
  it('a group file holds only the namespaces groups.json gives it (so the loader finds them)', () => {
    for (const [group, namespaces] of Object.entries(groups)) {
      expect(
        Object.keys(read(`${group}/nb.json`)).filter((ns) => !namespaces.includes(ns)),
        group,
      ).toEqual([])
    }
  })

  it('the core holds no namespace that belongs to a group', () => {
    const grouped = Object.values(groups).flat()
    expect(Object.keys(read('nb.json')).filter((ns) => grouped.includes(ns))).toEqual([])
  })

  it('no namespace is in two files', () => {
    const all = files.flatMap((dir) => Object.keys(read(`${dir}nb.json`)))
    expect(all.filter((ns, i) => all.indexOf(ns) !== i)).toEqual([])
  })
})
