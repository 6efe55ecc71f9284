import { describe, expect, it } from 'vitest'
import AttemptSummary from '@/features/challenges/components/AttemptSummary.vue'
import { checklistAnswerKey } from '@/features/challenges/checklistAnswer'
import { mountWithApp } from '../../helpers/mount'

describe('checklistAnswerKey', () => {
  it('passes known answers and calls everything else "unanswered"', () => {
    expect(checklistAnswerKey({ bias: 'yes' }, 'bias')).toBe('yes')
    expect(checklistAnswerKey({ bias: 'not_relevant' }, 'bias')).toBe('not_relevant')
    expect(checklistAnswerKey({ bias: 'maybe' }, 'bias')).toBe('unanswered')
    expect(checklistAnswerKey({ bias: 7 }, 'bias')).toBe('unanswered')
    expect(checklistAnswerKey({}, 'bias')).toBe('unanswered')
    expect(checklistAnswerKey(null, 'bias')).toBe('unanswered')
    expect(checklistAnswerKey('yes', 'length')).toBe('unanswered')
    expect(checklistAnswerKey({}, 'constructor')).toBe('unanswered')
  })
})

describe('an attempt synced from another version, with a checklist answer this one does not know', () => {
  it.each([
    ['nb', 'Ikke besvart'],
    ['en', 'Not answered'],
  ] as const)('shows it as not answered (%s), never a message key', async (locale, words) => {
    const { wrapper } = await mountWithApp(AttemptSummary, {
      locale,
      props: {
        attempt: {
          id: 'a1',
          challenge_id: 'ch-meeting-minutes',
          prompt: 'p',
          output: 'o',
          checklist: { facts_checked: 'sometimes', bias: 'yes' },
          self_score: 3,
          minutes_saved: 10,
          created_at: '2026-11-02T10:00:00.000Z',
        },
      },
    })
    expect(wrapper.text()).not.toMatch(/challenge\.answer\./)
    expect(wrapper.text()).toContain(words)
  })
})
