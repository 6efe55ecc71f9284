// Generates the PWA icons in public/icons from the logo drawn below (run: npm run icons).
// Regular icons have rounded corners on a transparent background; the maskable icon fills the
// whole square and keeps the mark inside the 80 % safe zone.
import { mkdir } from 'node:fs/promises'
import sharp from 'sharp'

const mark = (scale) => `
  <g transform="translate(32 32) scale(${scale}) translate(-32 -32)">
    <path d="M14 44 L32 20 L50 44" fill="none" stroke="#ffab70" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>
    <path d="M22 50 H42" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>
  </g>`
const regular = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0b3954"/>${mark(1)}</svg>`
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#0b3954"/>${mark(0.7)}</svg>`
const apple = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#0b3954"/>${mark(0.85)}</svg>`

const out = new URL('../public/icons/', import.meta.url)
await mkdir(out, { recursive: true })
const render = (svg, size, name) =>
  sharp(Buffer.from(svg), { density: 600 }).resize(size, size).png().toFile(new URL(name, out).pathname)

await Promise.all([
  render(regular, 192, 'icon-192.png'),
  render(regular, 512, 'icon-512.png'),
  render(maskable, 512, 'maskable-512.png'),
  render(apple, 180, 'apple-touch-icon-180.png'),
  // The tab icon as PNG: an SVG favicon is decoded as a document of its own in the page's process.
  render(regular, 32, 'favicon-32.png'),
])
console.log('icons written to public/icons')
