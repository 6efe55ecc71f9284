import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { isNationalIdNumber } from '@/domain/privacy'
import PrivacyGuard from '@/features/privacy/components/PrivacyGuard.vue'
import GuardedCopy from '@/features/privacy/components/GuardedCopy.vue'
import { db } from '@/data/db'
import { mountWithApp } from '../../helpers/mount'
import { makeFodselsnummer } from '../../helpers/fnr'

const fnr = makeFodselsnummer(15, 3, 1985)
const text = `Skriv et svar til kunden. Fødselsnummeret hennes er ${fnr}, og hun venter på svar.`

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('PrivacyGuard', () => {
  it('the test number is a valid fødselsnummer (both control digits)', () => {
    expect(isNationalIdNumber(fnr)).toBe(true)
    expect(isNationalIdNumber(fnr.slice(0, 10) + ((Number(fnr[10]) + 1) % 10))).toBe(false)
  })

  it('highlights a fødselsnummer where it is and replaces it with one tap', async () => {
    const { wrapper } = await mountWithApp(PrivacyGuard, { props: { text, locale: 'nb' } })
    const marks = wrapper.findAll('mark')
    expect(marks).toHaveLength(1)
    expect(marks[0]!.attributes('data-kind')).toBe('national-id')
    expect(marks[0]!.text()).toContain(fnr)
    // In place: the text before the mark is exactly the text before the number.
    const container = wrapper.get('[data-testid="guard-text"]').element
    const mark = marks[0]!.element
    let before = ''
    for (const node of container.childNodes) {
      if (node === mark) break
      if (node.nodeType === Node.TEXT_NODE) before += node.textContent
    }
    expect(before).toBe(text.slice(0, text.indexOf(fnr)))
    expect(wrapper.get('[role="status"]').text()).toContain('Fant 1 personopplysning')

    await wrapper.get('button').trigger('click')
    expect(wrapper.emitted('fix')).toEqual([[text.replace(fnr, '[FØDSELSNUMMER]')]])
    wrapper.unmount()
  })

  it('fixes all findings at once, in English placeholders when asked', async () => {
    const twice = `${text} Ring meg på tlf 987 65 432.`
    const { wrapper } = await mountWithApp(PrivacyGuard, {
      props: { text: twice, locale: 'en' },
      locale: 'en',
    })
    expect(wrapper.findAll('mark')).toHaveLength(2)
    const fixAll = wrapper.findAll('button').find((b) => b.text() === 'Replace all 2')!
    await fixAll.trigger('click')
    const fixed = wrapper.emitted<[string]>('fix')![0]![0]
    expect(fixed).toContain('[NATIONAL ID]')
    expect(fixed).toContain('[PHONE]')
    expect(fixed).not.toContain(fnr)
    wrapper.unmount()
  })

  it('says what it checked, and what it did not, when nothing is found', async () => {
    const { wrapper } = await mountWithApp(PrivacyGuard, {
      props: { text: 'Skriv et tilbud på 12 500 kr.', locale: 'nb' },
    })
    expect(wrapper.findAll('mark')).toHaveLength(0)
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Personvernvakten fant ingen fødselsnummer, e-post, telefon- eller kontonummer og ingen vanlige navn – sjekk andre navn og opplysninger selv.',
    )
    wrapper.unmount()
  })

  it('says the same in English', async () => {
    const { wrapper } = await mountWithApp(PrivacyGuard, {
      props: { text: 'Write an offer for NOK 12,500.', locale: 'en' },
      locale: 'en',
    })
    expect(wrapper.get('[role="status"]').text()).toBe(
      'The privacy guard found no national ID number, e-mail, phone or account number and no common names – check other names and details yourself.',
    )
    wrapper.unmount()
  })

  it('shows a finding it is not sure of with its own words, icon and underline', async () => {
    const account = '86011117947'
    const maybeText = `Skriv til kunden Per Olsen at pengene går til ${account}. Ring tlf 987 65 432.`
    const { wrapper } = await mountWithApp(PrivacyGuard, {
      props: { text: maybeText, locale: 'nb' },
    })
    const status = wrapper.get('[role="status"]').text()
    expect(status).toContain('Fant 1 personopplysning')
    expect(status).toContain('2 funn kan være personopplysninger')
    expect(wrapper.text()).toContain('Vakten er ikke sikker på disse.')

    const marks = wrapper.findAll('mark')
    const spoken = (i: number) => marks[i]!.text().replace(/\s+/g, ' ')
    expect(marks.map((m) => [m.attributes('data-kind'), m.attributes('data-confidence')])).toEqual([
      ['name', 'maybe'],
      ['account-number', 'maybe'],
      ['phone', 'sure'],
    ])
    // Screen readers hear the same words as the list shows.
    expect(spoken(0)).toBe('Kan være et navn: Per Olsen')
    expect(spoken(1)).toBe(`Kan være et kontonummer: ${account}`)
    expect(spoken(2)).toBe('Telefonnummer: 987 65 432')

    const items = wrapper.findAll('li')
    expect(items.map((li) => li.attributes('data-confidence'))).toEqual(['maybe', 'maybe', 'sure'])
    expect(items[0]!.text()).toContain('Kan være et navn')
    expect(items[1]!.text()).toContain('Kan være et kontonummer')
    expect(items[2]!.text()).toContain('Telefonnummer')
    // Not colour alone: a different icon for "not sure".
    const icon = (li: (typeof items)[number]) => li.get('svg').classes().join(' ')
    expect(icon(items[0]!)).not.toBe(icon(items[2]!))

    await items[1]!.get('button').trigger('click')
    expect(wrapper.emitted<[string]>('fix')![0]![0]).toBe(
      maybeText.replace(account, '[KONTONUMMER]'),
    )
    wrapper.unmount()
  })

  it('only findings it is not sure of: no "found" line, the "not sure" one', async () => {
    const { wrapper } = await mountWithApp(PrivacyGuard, {
      props: { text: 'Svar til Anne-Lise Berg i dag.', locale: 'en' },
      locale: 'en',
    })
    const status = wrapper.get('[role="status"]').text()
    expect(status).toBe('1 finding may be personal data')
    expect(wrapper.get('mark').text().replace(/\s+/g, ' ')).toBe(
      "May be a person's name: Anne-Lise Berg",
    )
    expect(wrapper.get('[data-testid="privacy-guard"]').classes()).toContain('guard--maybe')
    wrapper.unmount()
  })
})

describe('GuardedCopy', () => {
  function host(initial: string) {
    return defineComponent({
      setup() {
        const value = ref(initial)
        return () =>
          h(GuardedCopy, {
            text: value.value,
            locale: 'nb',
            dataClass: 'yellow',
            label: 'Kopier prompten',
            onFix: (fixed: string) => (value.value = fixed),
          })
      },
    })
  }

  it('blocks copying while findings remain, shows red data and no tools, then copies once fixed', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = await mountWithApp(host(text))
    const copyButton = () =>
      wrapper.findAll('button').find((b) => b.text().includes('Kopier prompten'))!

    await copyButton().trigger('click')
    await flushPromises()
    expect(writeText).not.toHaveBeenCalled()
    expect(wrapper.get('[role="alert"]').text()).toContain('Prompten ble ikke kopiert')
    expect(wrapper.get('[data-class]').attributes('data-class')).toBe('red')
    expect(wrapper.get('[data-testid="allowed-tools"]').text()).toContain(
      'Ingen verktøy er godkjent for røde data',
    )

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Bytt ut med [FØDSELSNUMMER]')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.get('[data-class]').attributes('data-class')).toBe('yellow')
    expect(wrapper.get('[data-testid="allowed-tools"]').text()).toContain('Microsoft 365 Copilot')

    await copyButton().trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(text.replace(fnr, '[FØDSELSNUMMER]'))
    expect(wrapper.text()).toContain('Kopiert.')
    wrapper.unmount()
  })

  it('findings it is not sure of block too, saying the text may hold personal data', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = await mountWithApp(host('Skriv et svar til kunden Per Olsen.'))
    await wrapper
      .findAll('button')
      .find((b) => b.text().includes('Kopier prompten'))!
      .trigger('click')
    await flushPromises()
    expect(writeText).not.toHaveBeenCalled()
    expect(wrapper.get('[role="alert"]').text()).toContain('Den kan inneholde personopplysninger.')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Bytt ut med [NAVN]')!
      .trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('copies despite findings only after the person confirms having seen them', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = await mountWithApp(host(text))
    await wrapper
      .findAll('button')
      .find((b) => b.text().includes('Kopier prompten'))!
      .trigger('click')
    await flushPromises()
    expect(wrapper.findAll('button').some((b) => b.text() === 'Kopier likevel')).toBe(false)
    await wrapper.get('input[type="checkbox"]').setValue(true)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Kopier likevel')!
      .trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(text)
    wrapper.unmount()
  })
})
