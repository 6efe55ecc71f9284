// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify's guarantees are stated for real DOM parsers, and jsdom's
// HTML parser is spec-compliant (the e2e test test/e2e/xss.e2e.ts repeats this in Chromium).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import MarkdownText from '@/components/MarkdownText.vue'
import { isAllowedHref, loadMarkdown, maxMarkdownLength } from '@/components/markdown'

const render = await loadMarkdown()

function dom(source: string, inline = false) {
  const container = document.createElement('div')
  container.innerHTML = render(source, { inline })
  return container
}

const hrefs = (container: Element) =>
  [...container.querySelectorAll('[href]')].map((a) => a.getAttribute('href'))

describe('markdown renderer', () => {
  afterEach(() => {
    delete (window as { __xss?: unknown }).__xss
  })

  it.each([
    '<script>window.__xss=1</script>',
    '<img src=x onerror=window.__xss=1>',
    '<svg onload=window.__xss=1><script>window.__xss=1</script></svg>',
    '<iframe src="javascript:window.__xss=1"></iframe>',
    '<a href="javascript:window.__xss=1">x</a>',
    '<<script>script>window.__xss=1<</script>/script>',
    '<scr<script>ipt>window.__xss=1</script>',
    '<div style="background:url(javascript:window.__xss=1)" class="x" id="y">x</div>',
    '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
    '<form action="javascript:window.__xss=1"><button>x</button></form>',
  ])('raw HTML stays text: %s', (source) => {
    const container = dom(source)
    expect(container.querySelector('script, img, svg, iframe, style, math, form, div')).toBeNull()
    expect(container.textContent).toContain(source.slice(0, 8))
    expect(container.innerHTML).not.toMatch(/<[a-z]+[^>]*\son\w+=/i)
    expect((window as { __xss?: unknown }).__xss).toBeUndefined()
  })

  it.each([
    '[x](javascript:window.__xss=1)',
    '[x](JaVaScRiPt:window.__xss=1)',
    '[x](&#106;avascript:window.__xss=1)',
    '[x](&#x6A;&#x61;vascript:window.__xss=1)',
    '[x](java&#09;script:window.__xss=1)',
    '[x](java&Tab;script:window.__xss=1)',
    '[x](%6Aavascript:window.__xss=1)',
    '[x](<javascript:window.__xss=1>)',
    '[x](<java script:window.__xss=1>)',
    '[x]( \u0001javascript:window.__xss=1)',
    '<javascript:window.__xss=1>',
    '[x][r]\n\n[r]: javascript:window.__xss=1',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](vbscript:msgbox(1))',
    '[x](file:///etc/passwd)',
    '[x](//evil.example/)',
    '[x](\\\\evil.example/)',
    '[x](/relative/path)',
    '[x](relative)',
    '[x](#fragment)',
    '[x](http://plain-http.example/)',
    '[x](https:evil.example)',
    'www.plain-http.example',
    'http://plain-http.example/',
  ])('no link other than https: or mailto: survives: %s', (source) => {
    const container = dom(source)
    expect(hrefs(container)).toEqual([])
    expect(container.innerHTML).not.toMatch(/href/i)
  })

  it('keeps https: and mailto: links, opened in a new tab without opener or referrer', () => {
    const container = dom(
      '[Løft](https://example.com/a?b=1) and <mailto:ola@example.com> and https://linkified.example/x',
    )
    const links = [...container.querySelectorAll('a')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?b=1',
      'mailto:ola@example.com',
      'https://linkified.example/x',
    ])
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
      expect(link.getAttribute('target')).toBe('_blank')
    }
  })

  it('demotes headings so user text never makes an h1 or h2', () => {
    const container = dom('# one\n\n## two\n\n### three\n\n#### four\n\n###### six\n\nSetext\n===')
    expect(container.querySelector('h1, h2')).toBeNull()
    expect([...container.querySelectorAll('h3, h4, h5, h6')].map((h) => h.tagName)).toEqual([
      'H3',
      'H4',
      'H5',
      'H6',
      'H6',
      'H3',
    ])
  })

  it('shows an image as its alt text, never as an image', () => {
    const container = dom('![a *cat*](https://example.com/cat.png "t") ![](x) <img src=x>')
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toContain('a cat')
  })

  it('carries no class, style, id, data-* or aria-* attribute', () => {
    const container = dom(
      '```js\ncode\n```\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n1. one\n2. two\n\n> quote',
    )
    expect(container.querySelector('code')).not.toBeNull()
    expect(container.querySelector('table')).not.toBeNull()
    expect(container.querySelector('[class], [style], [id], [data-x]')).toBeNull()
    const names = [...container.querySelectorAll('*')].flatMap((el) => el.getAttributeNames())
    expect(new Set(names)).toEqual(new Set())
  })

  it('renders inline Markdown without blocks', () => {
    const container = dom('**bold** and _em_\n\n# not a heading', true)
    expect(container.querySelector('p, h1, h2, h3, h4, h5, h6')).toBeNull()
    expect(container.querySelector('strong')?.textContent).toBe('bold')
  })

  it('keeps zero-width characters, right-to-left overrides and lone surrogates as text', () => {
    const source = 'a\u200Bb \u202Eevil\u202C 👩‍👩‍👧‍👦 \uD800 end'
    const container = dom(source)
    expect(container.textContent).toContain('\u202Eevil')
    expect(container.textContent).toContain('👩‍👩‍👧‍👦')
    expect(container.textContent).toContain('end')
  })

  it('renders 1 MB of Markdown in reasonable time', () => {
    const paragraph = `**Word** ${'x'.repeat(500)} [link](https://example.com) <script>x</script>\n\n`
    const source = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length))
    expect(source.length).toBeGreaterThanOrEqual(1_000_000)
    const started = performance.now()
    const html = render(source)
    const elapsed = performance.now() - started
    expect(html).not.toContain('<script')
    console.info(`1 MB of Markdown rendered in ${Math.round(elapsed)} ms (jsdom)`)
    expect(elapsed).toBeLessThan(10_000)
    // An unbroken megabyte, and 100 000 levels of nesting (markdown-it stops at 100: the deeper
    // text is dropped, nothing hangs).
    expect(render('a'.repeat(1_000_000)).length).toBeGreaterThan(1_000_000)
    expect(render('>'.repeat(100_000) + ' x')).toContain('<blockquote>')
  })

  it('accepts only absolute https: and mailto: URLs', () => {
    expect(isAllowedHref('https://example.com')).toBe(true)
    expect(isAllowedHref('MAILTO:a@example.com')).toBe(true)
    for (const href of ['http://x.example', '//x.example', '/x', 'javascript:x', ' https://x'])
      expect(isAllowedHref(href)).toBe(false)
  })
})

describe('MarkdownText', () => {
  it('shows the source as plain text until the renderer has loaded', async () => {
    vi.resetModules()
    const { default: Fresh } = await import('@/components/MarkdownText.vue')
    const wrapper = mount(Fresh, { props: { source: '**bold** <i>x</i>' } })
    expect(wrapper.text()).toBe('**bold** <i>x</i>')
    expect(wrapper.find('strong').exists()).toBe(false)
    await vi.waitFor(
      async () => {
        await flushPromises()
        expect(wrapper.find('strong').text()).toBe('bold')
      },
      { timeout: 10_000 },
    )
    expect(wrapper.find('i').exists()).toBe(false)
  })

  it('shows Vue template syntax literally and runs none of it', async () => {
    const alert = vi.fn()
    vi.stubGlobal('alert', alert)
    const source = '{{ constructor.constructor(\'alert(1)\')() }} <b v-on:click="alert(2)">x</b>'
    const wrapper = mount(MarkdownText, { props: { source }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.text()).toContain("{{ constructor.constructor('alert(1)')() }}")
    expect(wrapper.find('b').exists()).toBe(false)
    expect(alert).not.toHaveBeenCalled()
    wrapper.unmount()
    vi.unstubAllGlobals()
  })

  it('shows a source longer than maxMarkdownLength as plain text, without parsing it', async () => {
    const source = `# big <script>x</script> ${'y'.repeat(maxMarkdownLength)}`
    const started = performance.now()
    const wrapper = mount(MarkdownText, { props: { source } })
    await flushPromises()
    expect(performance.now() - started).toBeLessThan(2000)
    expect(wrapper.find('h3').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.text()).toBe(source)
  })

  it('renders block and inline Markdown, updating with the source', async () => {
    const wrapper = mount(MarkdownText, { props: { source: '# Title\n\n*hi*' } })
    await flushPromises()
    expect(wrapper.element.tagName).toBe('DIV')
    expect(wrapper.find('h3').text()).toBe('Title')
    await wrapper.setProps({ source: '**now**', inline: true })
    expect(wrapper.element.tagName).toBe('SPAN')
    expect(wrapper.find('strong').text()).toBe('now')
    expect(wrapper.find('p').exists()).toBe(false)
  })
})

describe('v-html', () => {
  it('appears only in MarkdownText.vue', () => {
    const found: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else if (
          /\.(vue|ts)$/.test(name) &&
          /v-html=|innerHTML\s*=/.test(readFileSync(path, 'utf8'))
        )
          found.push(path)
      }
    }
    walk('src')
    expect(found).toEqual(['src/components/MarkdownText.vue'])
  })
})
