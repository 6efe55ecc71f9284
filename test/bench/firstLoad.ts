import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
}

/**
 * The files a first visit downloads: index.html, every script, preload and stylesheet it names
 * (a pre-rendered page names its scripts in `<meta name="loft-entry">`, loaded after its first
 * frame), and the chunk of the default language's messages if it is a chunk of its own (main.ts
 * needs it before the first render).
 */
export function firstLoadFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const entry = /<meta name="loft-entry" content="([^"]*)"/.exec(html)?.[1]
  const scripts = entry
    ? (JSON.parse(entry.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as {
        src: string
        preload: string[]
      })
    : { src: '', preload: [] }
  const referenced = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="\/([^"]+)"/g),
    ...[scripts.src, ...scripts.preload].filter(Boolean).map((href) => ['', href.slice(1)]),
  ].map((m) => m[1]!)
  return [
    'index.html',
    ...new Set([...referenced, ...chunkWithImports(dist, 'src/locales/nb.json')]),
  ]
}

function chunkWithImports(dist: string, source: string): string[] {
  const manifestPath = join(dist, '.vite', 'manifest.json')
  if (!existsSync(manifestPath)) return []
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>
  const files: string[] = []
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || files.includes(chunk.file)) return
    files.push(chunk.file, ...(chunk.css ?? []))
    chunk.imports?.forEach(visit)
  }
  visit(source)
  return files
}
