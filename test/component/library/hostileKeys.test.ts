import { beforeEach, describe, expect, it } from 'vitest'
import App from '@/App.vue'
import { db, type PromptRow } from '@/data/db'
import { mountWithApp, waitFor } from '../../helpers/mount'

// A prompt's body is user text: keys named like Object.prototype's members must be ordinary
// fields, not the prototype's functions (which blanked the page).
const hostileKeys = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']

function prompt(body: string): PromptRow {
  return {
    id: crypto.randomUUID(),
    organisation_id: '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01',
    author_id: 'a0000000-0000-4000-8000-000000000001',
    title: 'Fiendtlige plassholdere',
    body,
    department: 'sales',
    task: 'Tilbud',
    tools: [],
    level: 'basic',
    data_class: 'green',
    tags: [],
    status: 'approved',
    featured: false,
    revision: 1,
    updated_at: '2025-11-01T10:00:00.000Z',
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('a prompt whose placeholders are named like Object.prototype members', () => {
  it('shows an empty field per key and fills the text with what is typed', async () => {
    const row = prompt(hostileKeys.map((key) => `${key}: {{${key}}}`).join('\n'))
    await db.prompts.put(row)
    const { wrapper } = await mountWithApp(App, { path: `/library/${row.id}` })
    await waitFor(() => wrapper.findAll('.placeholder-form textarea').length === hostileKeys.length)
    const fields = wrapper.findAll<HTMLTextAreaElement>('.placeholder-form textarea')
    expect(fields.map((field) => field.element.value)).toEqual(hostileKeys.map(() => ''))
    expect(wrapper.findAll('.placeholder-form label').map((label) => label.text())).toEqual([
      'constructor',
      'toString',
      'proto',
      'hasOwnProperty',
      'valueOf',
    ])
    await fields[0]!.setValue('Kari')
    await fields[2]!.setValue('Nordlys')
    expect(fields[0]!.element.value).toBe('Kari')
    expect(fields[2]!.element.value).toBe('Nordlys')
    expect(wrapper.text()).toContain('constructor: Kari')
    expect(wrapper.text()).toContain('__proto__: Nordlys')
    expect(wrapper.find('h1').text()).toBe('Fiendtlige plassholdere')
  })
})
