import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * No import cycles in src/: static, dynamic (`import('…')`), re-exports and type-only imports all
 * count (a type import still ties two files together for a reader and for the type checker).
 * `.vue` files count with their <script> blocks; `@/` is `src/`.
 *
 * ALLOWED: edges a cycle may still use, each with its reason. A cycle that goes through none of
 * them fails, so new cycles do. Remove an entry once its cycle is gone (a stale entry fails).
 */
const ALLOWED: { from: string; to: string; reason: string }[] = []

const root = resolve(__dirname, '../..')
const src = join(root, 'src')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return walk(path)
    return /\.(ts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

function scriptOf(path: string): string {
  const text = readFileSync(path, 'utf8')
  if (!path.endsWith('.vue')) return text
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
}

function resolveImport(from: string, specifier: string): string | null {
  const bare = specifier.replace(/[?#].*$/, '')
  let base: string
  if (bare.startsWith('@/')) base = join(src, bare.slice(2))
  else if (bare.startsWith('.')) base = resolve(dirname(from), bare)
  else return null // a package
  for (const candidate of [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')]) {
    if (/\.(ts|vue)$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) {
      return candidate
    }
  }
  return null // .json, .css, assets
}

/** file (relative to the repository) → the files it imports. */
function importGraph(dir: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of walk(dir)) {
    // preProcessFile finds `import … from`, `export … from`, `import '…'` and `import('…')`.
    const { importedFiles } = ts.preProcessFile(scriptOf(file), true, true)
    const targets = new Set<string>()
    for (const { fileName } of importedFiles) {
      const target = resolveImport(file, fileName)
      if (target) targets.add(relative(root, target))
    }
    graph.set(relative(root, file), targets)
  }
  return graph
}

/** One cycle per strongly connected component (Tarjan), each as a path that ends where it starts. */
function findCycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []

  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      const selfLoop = graph.get(node)?.has(node)
      if (component.length > 1 || selfLoop) components.push(component)
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)

  // A concrete cycle inside each component: breadth-first from its first file back to it.
  return components.map((component) => {
    const members = new Set(component)
    const start = [...members].sort()[0]!
    const previous = new Map<string, string>()
    const queue = [start]
    while (queue.length) {
      const node = queue.shift()!
      for (const next of graph.get(node) ?? []) {
        if (!members.has(next)) continue
        if (next === start) {
          const path = [start]
          for (let at: string | undefined = node; at && at !== start; at = previous.get(at)) {
            path.splice(1, 0, at)
          }
          return [...path, start]
        }
        if (!previous.has(next)) {
          previous.set(next, node)
          queue.push(next)
        }
      }
    }
    return [start, start]
  })
}

describe('import cycles', () => {
  it('finds a cycle, dynamic imports included, in a small graph (the check can fail)', () => {
    const graph = new Map([
      ['a.ts', new Set(['b.ts'])],
      ['b.ts', new Set(['c.vue'])],
      ['c.vue', new Set(['a.ts'])],
      ['d.ts', new Set(['a.ts'])],
    ])
    expect(findCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.vue', 'a.ts']])
    expect(findCycles(new Map([['a.ts', new Set(['b.ts'])], ['b.ts', new Set<string>()]]))).toEqual([])
  })

  it('reads static, dynamic, re-export and type imports, and <script> blocks of .vue files', () => {
    const graph = importGraph(src)
    expect(graph.size).toBeGreaterThan(100)
    // dynamic: the router loads every page with import('@/pages/…')
    expect(graph.get('src/modules/router.ts')).toContain('src/pages/MePage.vue')
    // a .vue script block
    expect(graph.get('src/pages/MePage.vue')).toContain('src/components/RoleSectionLinks.vue')
    // type-only and re-export
    expect(graph.get('src/components/RoleGate.vue')).toContain('src/domain/roles.ts')
    expect(graph.get('src/modules/router.ts')).toContain('src/domain/roles.ts')
  })

  it('src/ has no import cycle outside the allowed edges', () => {
    const graph = importGraph(src)
    for (const { from, to } of ALLOWED) graph.get(from)?.delete(to)
    const cycles = findCycles(graph).map((cycle) => cycle.join('\n  → '))
    expect(cycles, `import cycles:\n  ${cycles.join('\n\n  ')}`).toEqual([])
  })

  it('every allowed edge still exists and still closes a cycle', () => {
    const graph = importGraph(src)
    for (const { from, to } of ALLOWED) {
      expect(graph.get(from), `${from} no longer imports ${to}`).toContain(to)
    }
    const inCycle = new Set(findCycles(graph).flat())
    for (const { from, to } of ALLOWED) {
      expect(inCycle.has(from) && inCycle.has(to), `${from} → ${to} closes no cycle`).toBe(true)
    }
  })
})
