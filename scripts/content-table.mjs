// Writes the starter content's table into README.md (between the content-table markers), from the
// content itself: `npm run content:table`. test/unit/contentTable.test.ts fails when they differ.
// The content is TypeScript, so it is loaded through Vite's module runner (as scripts/demo does).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { runnerImport } = await import('vite')
const config = {
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { '@': join(root, 'src') } },
}
const { module } = await runnerImport(join(root, 'src/content/everything.ts'), config)
const path = join(root, 'README.md')
const readme = readFileSync(path, 'utf8')
const next = module.readmeWithTable(readme)
if (next === readme) console.log('README.md: content table already up to date')
else {
  writeFileSync(path, next)
  console.log('README.md: content table updated')
}
