// Merges message fragments into src/locales/{nb,en}.json (deep merge; the fragment wins; existing
// key order is kept and new keys are appended). Usage:
//   node scripts/merge-messages.mjs fragment.nb.json fragment.en.json
import { readFileSync, writeFileSync, renameSync } from 'node:fs'

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      target[key] = merge(target[key] && typeof target[key] === 'object' ? target[key] : {}, value)
    } else {
      target[key] = value
    }
  }
  return target
}

const [nbFragment, enFragment] = process.argv.slice(2)
if (!nbFragment || !enFragment) {
  console.error('usage: node scripts/merge-messages.mjs fragment.nb.json fragment.en.json')
  process.exit(2)
}
for (const [locale, fragment] of [['nb', nbFragment], ['en', enFragment]]) {
  const file = `src/locales/${locale}.json`
  const merged = merge(JSON.parse(readFileSync(file, 'utf8')), JSON.parse(readFileSync(fragment, 'utf8')))
  writeFileSync(`${file}.tmp`, JSON.stringify(merged, null, 2) + '\n')
  renameSync(`${file}.tmp`, file)
}
console.log('merged into src/locales/nb.json and en.json')
