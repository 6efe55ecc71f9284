import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The files a first visit downloads: index.html and every script, preload and stylesheet it names. */
export function firstLoadFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const referenced = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="\/([^"]+)"/g),
  ].map((m) => m[1]!)
  return ['index.html', ...new Set(referenced)]
}
