import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

// Read the files as written: the Vite i18n plugin would hand us precompiled messages instead.
const load = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'src/locales', `${name}.json`), 'utf8'))
const nb = load('nb')
const en = load('en')

function leafKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  )
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[prefix, value]]
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  )
}

describe('locales', () => {
  it('nb.json and en.json have exactly the same keys', () => {
    const nbKeys = leafKeys(nb).sort()
    const enKeys = leafKeys(en).sort()
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
