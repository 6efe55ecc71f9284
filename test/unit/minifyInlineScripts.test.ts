import { describe, expect, it } from 'vitest'
import { minifyInlineScripts } from '../../scripts/minifyInlineScripts'

describe('minifyInlineScripts', () => {
  it('drops the comments and spacing of a classic inline script and keeps what it does', () => {
    const html = `<head><script>
      // Picks the theme before the first frame.
      (function () {
        var theme = 'dark' // from the boot copy
        window.__picked = theme
      })()
    </script></head>`
    const out = minifyInlineScripts(html)
    expect(out).not.toContain('Picks the theme')
    expect(out).not.toContain('boot copy')
    expect(out.length).toBeLessThan(html.length / 2)
    const code = /<script>([\s\S]*)<\/script>/.exec(out)?.[1] ?? ''
    const scope: { __picked?: string } = {}
    new Function('window', code)(scope)
    expect(scope.__picked).toBe('dark')
  })

  it('leaves module scripts, scripts with a src and everything outside scripts alone', () => {
    const html = `<!-- kept --><script type="module">// kept too
import '/a.js'</script><script src="/b.js"></script><p>// not a script</p>`
    expect(minifyInlineScripts(html)).toBe(html)
  })

  it('refuses a script it cannot parse instead of writing a broken page', () => {
    expect(() => minifyInlineScripts('<script>function (</script>')).toThrow(/minifyInlineScripts/)
  })
})
