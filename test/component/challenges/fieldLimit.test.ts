import { describe, expect, it } from 'vitest'
import StepOutput from '@/features/challenges/components/StepOutput.vue'
import { mountWithApp } from '../../helpers/mount'

function paste(field: HTMLTextAreaElement, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } })
  field.dispatchEvent(event)
}

describe('a challenge text field near and over its limit', () => {
  it('has the limit as maxlength and no count while far from it', async () => {
    const { wrapper } = await mountWithApp(StepOutput, { props: { output: 'kort', customTerms: [] } })
    expect(wrapper.get('textarea').attributes('maxlength')).toBe('20000')
    expect(wrapper.get('#output-limit').text()).toBe('')
  })

  it.each([
    ['nb', /^17\s000 av 20\s000 tegn$/],
    ['en', /^17,000 of 20,000 characters$/],
  ] as const)('shows the count near the limit (%s)', async (locale, count) => {
    const { wrapper } = await mountWithApp(StepOutput, {
      locale,
      props: { output: 'x'.repeat(17_000), customTerms: [] },
    })
    expect(wrapper.get('#output-limit').text()).toMatch(count)
    expect(wrapper.get('textarea').attributes('aria-describedby')).toContain('output-limit')
  })

  it('says so when a paste is cut at the limit, in the field’s description', async () => {
    const { wrapper } = await mountWithApp(StepOutput, { props: { output: '', customTerms: [] } })
    paste(wrapper.get('textarea').element as HTMLTextAreaElement, 'y'.repeat(1_000_000))
    await wrapper.vm.$nextTick()
    expect(wrapper.get('#output-limit').text()).toMatch(/Bare de første 20\s000 tegnene ble tatt med/)
    paste(wrapper.get('textarea').element as HTMLTextAreaElement, 'kort')
    await wrapper.vm.$nextTick()
    expect(wrapper.get('#output-limit').text()).not.toMatch(/for lang/)
  })
})
