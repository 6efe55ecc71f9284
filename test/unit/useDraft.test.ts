import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { db } from '@/data/db'
import { readJournal, writeJournal } from '@/data/draftJournal'
import { formDraftStore, type DraftStore } from '@/data/repos/formDraft.repo'
import { useDraft } from '@/composables/useDraft'

interface Note {
  text: string
}

const store = formDraftStore<Note>()
const scopes: ReturnType<typeof effectScope>[] = []

/** One tab's form on the draft `note`: a composable in its own scope, as a mounted form has. */
function openTab(tab: string, draftStore: DraftStore<Note> = store) {
  const scope = effectScope()
  scopes.push(scope)
  const draft = scope.run(() =>
    useDraft<Note>({ key: 'note', store: draftStore, initial: () => ({ text: '' }), tab }),
  )!
  return { ...draft, close: () => scope.stop() }
}

async function ready(tab: ReturnType<typeof openTab>) {
  await vi.waitFor(() => expect(tab.value.value).not.toBeNull())
  return tab
}

const stored = () => db.drafts.get('note')

beforeEach(async () => {
  await db.drafts.clear()
})
afterEach(() => {
  for (const scope of scopes.splice(0)) scope.stop()
})

describe('useDraft', () => {
  it('copies every change to localStorage at once, and clears the copy once IndexedDB has it', async () => {
    const tab = await ready(openTab('a'))
    expect(await stored()).toBeUndefined() // opening stores nothing
    tab.value.value!.text = 'Hei'
    await nextTick()
    expect(readJournal<Note>('note', 'a')?.value).toEqual({ text: 'Hei' })
    await vi.waitFor(async () => expect((await stored())?.value).toEqual({ text: 'Hei' }))
    await vi.waitFor(() => expect(readJournal('note', 'a')).toBeUndefined())
  })

  it('a reload finds the typing IndexedDB never got (the copy wins) and stores it', async () => {
    const first = await ready(openTab('a'))
    first.value.value!.text = 'Lagret'
    await first.flush()
    // The page ends mid-word: the copy has the last keystrokes, IndexedDB the older text.
    writeJournal<Note>('note', { value: { text: 'Lagret og mer' }, baseRev: 1, updated_at: new Date().toISOString() }, 'a')
    first.close()
    await db.drafts.update('note', { value: { text: 'Lagret' } }) // what the dropped write left

    const reloaded = await ready(openTab('a'))
    expect(reloaded.value.value).toEqual({ text: 'Lagret og mer' })
    await vi.waitFor(async () => expect((await stored())?.value).toEqual({ text: 'Lagret og mer' }))
    expect(reloaded.conflict.value).toBeNull()
  })

  it("takes in another tab's change while this tab has nothing unsaved", async () => {
    const a = await ready(openTab('a'))
    const b = await ready(openTab('b'))
    a.value.value!.text = 'Fra fane A'
    await a.flush()
    await vi.waitFor(() => expect(b.value.value).toEqual({ text: 'Fra fane A' }))
    b.value.value!.text = 'Fra fane A, så B'
    await b.flush()
    await vi.waitFor(() => expect(a.value.value).toEqual({ text: 'Fra fane A, så B' }))
    expect(a.conflict.value).toBeNull()
    expect(b.conflict.value).toBeNull()
  })

  it('two tabs typing at once: both texts kept, each tab shows its own and the other as conflict', async () => {
    const a = await ready(openTab('a'))
    const b = await ready(openTab('b'))
    a.value.value!.text = 'A skrev dette'
    b.value.value!.text = 'B skrev noe annet'
    await a.flush()
    await b.flush()

    const row = await stored()
    expect([row?.value, row?.other?.value]).toEqual([{ text: 'B skrev noe annet' }, { text: 'A skrev dette' }])
    await vi.waitFor(() => expect(a.conflict.value).toEqual({ text: 'B skrev noe annet' }))
    expect(a.value.value).toEqual({ text: 'A skrev dette' })
    expect(b.value.value).toEqual({ text: 'B skrev noe annet' })
    expect(b.conflict.value).toEqual({ text: 'A skrev dette' })

    // Typing on in A while the choice waits replaces A's version only.
    a.value.value!.text = 'A skrev dette, og mer'
    await a.flush()
    expect((await stored())?.value).toEqual({ text: 'B skrev noe annet' })
    expect((await stored())?.other?.value).toEqual({ text: 'A skrev dette, og mer' })

    await b.takeTheirs()
    expect(b.value.value).toEqual({ text: 'A skrev dette, og mer' })
    expect(await stored()).toMatchObject({ value: { text: 'A skrev dette, og mer' }, other: null })
    await vi.waitFor(() => expect(a.conflict.value).toBeNull())
    expect(a.value.value).toEqual({ text: 'A skrev dette, og mer' })
  })

  it('keepMine stores this tab’s text and the other tab follows', async () => {
    const a = await ready(openTab('a'))
    const b = await ready(openTab('b'))
    a.value.value!.text = 'A'
    b.value.value!.text = 'B'
    await a.flush()
    await b.flush()
    await vi.waitFor(() => expect(a.conflict.value).not.toBeNull())
    await a.keepMine()
    expect(await stored()).toMatchObject({ value: { text: 'A' }, other: null })
    await vi.waitFor(() => expect(b.value.value).toEqual({ text: 'A' }))
    expect(b.conflict.value).toBeNull()
  })

  it('a copy left by a tab that ended before saving is adopted by the next tab', async () => {
    const old = new Date(Date.now() - 120_000).toISOString()
    writeJournal<Note>('note', { value: { text: 'Fra en fane som krasjet' }, baseRev: 0, updated_at: old }, 'gone')
    const tab = await ready(openTab('new'))
    expect(tab.value.value).toEqual({ text: 'Fra en fane som krasjet' })
    await vi.waitFor(async () => expect((await stored())?.value).toEqual({ text: 'Fra en fane som krasjet' }))
    expect(readJournal('note', 'gone')).toBeUndefined()
  })

  it('a failed write keeps the copy and reports it; the next change tries again', async () => {
    let fail = true
    const flaky: DraftStore<Note> = {
      ...store,
      save: (...args) => (fail ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : store.save(...args)),
    }
    const tab = await ready(openTab('a', flaky))
    tab.value.value!.text = 'Viktig'
    await tab.flush()
    expect(tab.error.value).toBeInstanceOf(DOMException)
    expect(readJournal<Note>('note', 'a')?.value).toEqual({ text: 'Viktig' })
    fail = false
    tab.value.value!.text = 'Viktig!'
    await tab.flush()
    expect(tab.error.value).toBeNull()
    expect((await stored())?.value).toEqual({ text: 'Viktig!' })
    expect(readJournal('note', 'a')).toBeUndefined()
  })

  it('discard forgets the stored draft and the copy; the form is unchanged afterwards', async () => {
    const tab = await ready(openTab('a'))
    tab.value.value!.text = 'Sendt'
    await tab.flush()
    await tab.discard()
    expect(await stored()).toBeUndefined()
    expect(tab.isDirty()).toBe(false)
    tab.reset({ text: '' })
    await new Promise((r) => setTimeout(r, 300))
    expect(await stored()).toBeUndefined()
  })
})

describe('parse: a stored value of the wrong shape', () => {
  const parse = (stored: unknown): Note | null =>
    stored && typeof stored === 'object' && typeof (stored as Note).text === 'string' ? (stored as Note) : null

  it('starts from initial, and the first save replaces the unusable draft', async () => {
    await store.save('note', { text: 7 } as unknown as Note, 0, 'old-tab')
    const scope = effectScope()
    scopes.push(scope)
    const draft = scope.run(() =>
      useDraft<Note>({ key: 'note', store, initial: () => ({ text: '' }), tab: 'tab-p', parse }),
    )!
    await vi.waitFor(() => expect(draft.value.value).toEqual({ text: '' }))
    draft.value.value = { text: 'ny' }
    await draft.flush()
    expect((await stored())?.value).toEqual({ text: 'ny' })
  })

  it('ignores an unusable localStorage copy', async () => {
    writeJournal('note', { value: ['x'] as unknown as Note, baseRev: 0, updated_at: new Date().toISOString() }, 'tab-q')
    const scope = effectScope()
    scopes.push(scope)
    const draft = scope.run(() =>
      useDraft<Note>({ key: 'note', store, initial: () => ({ text: 'start' }), tab: 'tab-q', parse }),
    )!
    await vi.waitFor(() => expect(draft.value.value).toEqual({ text: 'start' }))
    expect(readJournal('note', 'tab-q')).toBeUndefined()
  })
})
