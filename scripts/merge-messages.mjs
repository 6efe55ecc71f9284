// Merges message fragments into the locale files (deep merge; the fragment wins; existing key
// order is kept and new keys are appended). Each top-level namespace goes to the file of its
// group as listed in src/locales/groups.json (e.g. "lesson" → src/locales/learning/nb.json);
// namespaces in no group go to the core, src/locales/nb.json. A new feature namespace that only
// lazy pages use belongs in a group: add it to groups.json first. Usage:
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
const groups = JSON.parse(readFileSync('src/locales/groups.json', 'utf8'))
const groupOf = (namespace) =>
  Object.keys(groups).find((group) => groups[group].includes(namespace)) ?? null

for (const [locale, fragment] of [['nb', nbFragment], ['en', enFragment]]) {
  const byFile = new Map()
  for (const [namespace, messages] of Object.entries(JSON.parse(readFileSync(fragment, 'utf8')))) {
    const group = groupOf(namespace)
    const file = group ? `src/locales/${group}/${locale}.json` : `src/locales/${locale}.json`
    byFile.set(file, { ...byFile.get(file), [namespace]: messages })
  }
  for (const [file, part] of byFile) {
    const merged = merge(JSON.parse(readFileSync(file, 'utf8')), part)
    writeFileSync(`${file}.tmp`, JSON.stringify(merged, null, 2) + '\n')
    renameSync(`${file}.tmp`, file)
    console.log(`merged into ${file}`)
  }
}
