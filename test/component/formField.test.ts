import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import FormField from '@/components/FormField.vue'
import { useTextLimit } from '@/composables/useTextLimit'
import { mountWithApp } from '../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A field as a form writes it: the control bound to the slot's attributes. */
function fieldWith(props: Record<string, unknown>, text = '') {
  return defineComponent({
    setup() {
      const value = ref(text)
      const limit = useTextLimit(value, 10)
      return () =>
        h(
          FormField,
          { id: 'f', label: 'Tittel', ...props, limit: props.limit ? limit : undefined },
          { default: (control: Record<string, unknown>) => h('input', { ...control, value: value.value }) },
        )
    },
  })
}

describe('FormField: label, hint, limit and error wired to the control', () => {
  it('labels the control and describes it by its hint, limit and error, in that order', async () => {
    const { wrapper } = await mountWithApp(fieldWith({ help: 'Kort', error: '', limit: true }))
    const input = wrapper.get('input')
    expect(wrapper.get('label').attributes('for')).toBe('f')
    expect(input.attributes('id')).toBe('f')
    expect(input.attributes('aria-describedby')).toBe('f-help f-limit f-error')
    expect(input.attributes('maxlength')).toBe('10')
    expect(input.attributes('aria-invalid')).toBeUndefined()
    expect(wrapper.get('#f-help').text()).toBe('Kort')
  })

  it('marks the control invalid while an error shows, and announces it when asked', async () => {
    const { wrapper } = await mountWithApp(fieldWith({ error: 'Må fylles ut', errorRole: 'alert' }))
    expect(wrapper.get('input').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#f-error').text()).toBe('Må fylles ut')
    expect(wrapper.get('#f-error').attributes('role')).toBe('alert')
  })

  it('renders no error line and no description for a field that has neither', async () => {
    const { wrapper } = await mountWithApp(fieldWith({}))
    expect(wrapper.find('#f-error').exists()).toBe(false)
    expect(wrapper.get('input').attributes('aria-describedby')).toBeUndefined()
  })

  it('puts a hint that explains before you type above the control', async () => {
    const { wrapper } = await mountWithApp(fieldWith({ help: 'Kort', helpFirst: true }))
    const order = [...wrapper.element.children].map((el) => el.tagName)
    expect(order).toEqual(['LABEL', 'SPAN', 'INPUT'])
  })
})
