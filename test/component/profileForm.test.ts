import { beforeEach, describe, expect, it, vi } from 'vitest'
import ProfileForm from '@/features/settings/components/ProfileForm.vue'
import { db } from '@/data/db'
import { getProfile } from '@/data/repos/profile.repo'
import { mountWithApp, waitFor } from '../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('ProfileForm', () => {
  it('explains an empty name in the user’s language and saves nothing', async () => {
    const { wrapper } = await mountWithApp(ProfileForm, { props: { language: 'en' }, locale: 'en' })
    await waitFor(() => wrapper.find('form').exists())
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.get('#display-name-error').text() !== '')
    expect(wrapper.get('#display-name-error').text()).toBe('Enter a name.')
    expect(wrapper.get('input').attributes('aria-invalid')).toBe('true')
    expect(await db.profiles.count()).toBe(0)
    wrapper.unmount()
  })

  it('saves the name with its outbox entry and shows it again after a remount', async () => {
    const first = await mountWithApp(ProfileForm, { props: { language: 'nb' } })
    await waitFor(() => first.wrapper.find('input').exists())
    await first.wrapper.get('input').setValue('Ingrid Fjell')
    await first.wrapper.get('form').trigger('submit')
    await waitFor(() => first.wrapper.find('[role="status"]').exists())
    expect(first.wrapper.get('[role="status"]').text()).toBe('Profilen er lagret på denne enheten.')
    first.wrapper.unmount()
    expect((await getProfile())?.display_name).toBe('Ingrid Fjell')
    expect(await db.outbox.where('table').equals('profiles').count()).toBe(1)

    const second = await mountWithApp(ProfileForm, { props: { language: 'nb' } })
    await vi.waitFor(() =>
      expect((second.wrapper.get('input').element as HTMLInputElement).value).toBe('Ingrid Fjell'),
    )
    second.wrapper.unmount()
  })

  it('keeps a name typed but not saved across a remount, and saves nothing until asked', async () => {
    const first = await mountWithApp(ProfileForm, { props: { language: 'nb' } })
    await vi.waitFor(() => expect(first.wrapper.find('input').exists()).toBe(true))
    await first.wrapper.get('input').setValue('Halvveis skrevet')
    first.wrapper.unmount()
    await vi.waitFor(async () => expect((await db.drafts.get('profile'))?.value).toEqual({ name: 'Halvveis skrevet' }))
    expect(await db.profiles.count()).toBe(0)

    const second = await mountWithApp(ProfileForm, { props: { language: 'nb' } })
    await vi.waitFor(() =>
      expect((second.wrapper.get('input').element as HTMLInputElement).value).toBe('Halvveis skrevet'),
    )
    await second.wrapper.get('form').trigger('submit')
    await vi.waitFor(async () => expect((await getProfile())?.display_name).toBe('Halvveis skrevet'))
    await vi.waitFor(async () => expect(await db.drafts.get('profile')).toBeUndefined())
    second.wrapper.unmount()
  })
})
