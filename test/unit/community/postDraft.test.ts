import { describe, expect, it } from 'vitest'
import { draftFromPost, draftFromSource, draftToInput, emptyPostDraft } from '@/features/community/postDraft'
import { post } from '../../component/community/fixtures'

describe('the composer draft', () => {
  it('prefills from a challenge attempt: a red task gives a yellow prompt, long text is cut', () => {
    const draft = draftFromSource({
      source: { kind: 'attempt', id: 'a1' },
      title: 'T'.repeat(200),
      task: 'Svar på en klage',
      prompt: 'Du er kundebehandler …',
      dataClass: 'red',
    })
    expect(draft).toMatchObject({
      kind: 'success_story',
      task: 'Svar på en klage',
      promptText: 'Du er kundebehandler …',
      dataClass: 'yellow',
      source: { kind: 'attempt', id: 'a1' },
    })
    expect(draft.title).toHaveLength(140)
  })

  it('prefills from a library prompt with at most 8 of its tags', () => {
    const draft = draftFromSource({
      source: { kind: 'library_prompt', id: 'lp-x' },
      title: 'Møtereferat',
      task: 'Referat',
      prompt: 'Skriv et referat av {{notater}}.',
      dataClass: 'green',
      tags: Array.from({ length: 10 }, (_, i) => `t${i}`),
    })
    expect(draft.kind).toBe('use_case')
    expect(draft.tagsText.split(', ')).toHaveLength(8)
  })

  it('turns empty number fields into no figure, and round-trips a stored post', () => {
    const input = draftToInput({ ...emptyPostDraft(), title: 'x', minutesBefore: '' as never })
    expect(input.minutesBefore).toBeNull()
    const row = post({ tags: ['a', 'b'], tool: 'm365-copilot' })
    expect(draftToInput(draftFromPost(row))).toMatchObject({
      title: row.title,
      tags: ['a', 'b'],
      tool: 'm365-copilot',
      minutesBefore: 360,
      minutesAfter: 120,
    })
  })
})
