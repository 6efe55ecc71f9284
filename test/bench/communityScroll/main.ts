// The community feed with 10 000 posts, for test/bench/communityScroll/run.mjs: `?mode=virtual`
// mounts the app's FeedList (window-scrolled virtual list, as on /community); `?mode=plain` a
// plain list of the same PostCards, every post in the DOM. Same posts, same styles.
import { createApp, defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createPinia } from 'pinia'
import { createAppI18n } from '@/modules/i18n'
import nb from '@/locales/nb.json'
import nbCommunity from '@/locales/community/nb.json'
import FeedList from '@/features/community/components/FeedList.vue'
import PostCard from '@/features/community/components/PostCard.vue'
import type { FeedItem } from '@/features/community/composables/useFeed'
import type { CommunityPostRow } from '@/data/db'
import '@/styles/tokens.css'
import '@/styles/base.css'
import '@/styles/buttons.css'

const N = Number(new URLSearchParams(location.search).get('n') ?? 10_000)
const mode = new URLSearchParams(location.search).get('mode') ?? 'virtual'

let seed = 7
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
const words = 'kunde tilbud møte referat avvik rapport kampanje rekruttering budsjett risiko leverandør kvalitet sikkerhet tiltak prosjekt frist'.split(' ')
const sentence = (k: number) => Array.from({ length: k }, () => words[Math.floor(rand() * words.length)]).join(' ')
const kinds = ['use_case', 'success_story', 'show_and_tell', 'question'] as const
const items: FeedItem[] = Array.from({ length: N }, (_, i) => {
  const before = Math.floor(rand() * 300)
  const post: CommunityPostRow = {
    id: `p${i}`,
    organisation_id: 'o',
    author_id: i % 3 ? 'other' : 'me',
    kind: kinds[i % 4]!,
    title: `${sentence(4 + (i % 9))} ${i}`,
    body: sentence(60),
    task: i % 2 ? sentence(5) : '',
    department_id: null,
    tool: null,
    prompt_text: null,
    minutes_before: i % 3 ? before : null,
    minutes_after: i % 3 ? Math.floor(before / 3) : null,
    data_class: 'green',
    tags: [],
    source_kind: null,
    source_id: null,
    status: 'published',
    moderation_reason: null,
    revision: 1,
    created_at: new Date(Date.UTC(2026, 11, 7) - i * 3_600_000).toISOString(),
    updated_at: '2026-12-07T00:00:00.000Z',
    reaction_counts: { useful: i % 7, tried: i % 3, thanks: i % 5 },
    comment_count: i % 4,
    replication_count: i % 6,
    replication_median_saved: null,
  }
  return { post, isNew: i < 3 }
})

const Bench = defineComponent({
  setup() {
    const departments = new Map<string, string>()
    return () =>
      h('main', { class: 'page' }, [
        h('h1', `${mode} · ${N}`),
        mode === 'plain'
          ? h(
              'ul',
              { style: 'list-style:none;margin:0;padding:0' },
              items.map((item) =>
                h('li', { key: item.post.id, style: 'padding-bottom:12px' }, [
                  h(PostCard, { post: item.post, isNew: item.isNew, department: null, userId: 'me' }),
                ]),
              ),
            )
          : h(FeedList, { items, label: 'Innlegg', userId: 'me', departmentNames: departments }),
      ])
  },
})

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] })
const started = performance.now()
createApp(Bench)
  .use(router)
  .use(createPinia())
  .use(createAppI18n('nb', { nb: { ...nb, ...nbCommunity } as never }))
  .mount('#app')
requestAnimationFrame(() =>
  setTimeout(() => {
    ;(window as unknown as { __mounted: number }).__mounted = performance.now() - started
  }),
)
