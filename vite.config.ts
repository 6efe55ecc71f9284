/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'
import { routePreload } from './scripts/routePreload.ts'
import { contentSecurityPolicy } from './scripts/csp.ts'
import { darkPalette } from './scripts/darkPalette.ts'
import { prerender } from './scripts/prerender.ts'
import { inlineScriptMinifier } from './scripts/minifyInlineScripts.ts'

const src = fileURLToPath(new URL('./src', import.meta.url))

export default defineConfig(({ mode }) => ({
  define: {
    // Drop vue-i18n's devtools hooks from production builds.
    __INTLIFY_PROD_DEVTOOLS__: false,
    // The e2e's connected build names the node of a hydration mismatch, so a failure says where.
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: mode === 'e2e',
  },
  resolve: { alias: { '@': src } },
  // The dark palette is written once in tokens.css; the build adds its "follow the system" copy.
  css: { postcss: { plugins: [darkPalette()] } },
  plugins: [
    vue(),
    // The opened page's chunks and words start downloading with the app's own (see the file).
    routePreload({ router: 'src/modules/router.ts', bootKey: 'loft.boot' }),
    // index.html's inline scripts, minified before the CSP hashes them (see the file).
    inlineScriptMinifier(),
    // The Content-Security-Policy, with hashes of index.html's final inline scripts and the boot
    // modules they add: a meta element, dist/_headers and `vite preview`'s header (see the file).
    contentSecurityPolicy({ router: 'src/modules/router.ts' }),
    // Every top-level route's HTML, rendered at build time in each language (see the file).
    prerender({ router: 'src/modules/router.ts' }),
    // Precompiles nb.json / en.json so the runtime message compiler stays out of the bundle.
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/locales/**/{nb,en}.json', import.meta.url))],
      runtimeOnly: true,
      // Every message is precompiled here, so the runtime needs no message parser (~5 KB gzip).
      dropMessageCompiler: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
    }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['robots.txt', 'icons/favicon-32.png', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: 'Løft – KI-kompetanse for hele laget',
        short_name: 'Løft',
        description: 'Lær å bruke generativ KI godt, sammen med kollegaene dine.',
        lang: 'nb',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f7f9fb',
        theme_color: '#0b3954',
        categories: ['education', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Lets the bundle-size test find the language chunk that the first load also fetches.
    manifest: true,
    rolldownOptions: {
      output: {
        // Fewer, larger chunks for what every visit needs: fewer round trips on a slow phone
        // network. Everything the entry imports statically (rolldown's `$initial` tag: the shell)
        // goes into two chunks, `vendor` (libraries) and `shell` (our code, which rolldown merges
        // into the entry chunk);
        // pages, content, charts, supabase-js and markdown stay in their own lazy chunks.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'] },
            // main.ts lands here too, so it must not use top-level await: the first route's lazy
            // chunk imports `shell`, and would wait for it while it waits for that route.
            { name: 'shell', tags: ['$initial'] },
            // Dexie and the schema: loaded after the first paint (src/data/openDb.ts), so they
            // don't share a slow network with the page's own downloads.
            { name: 'database', test: /node_modules[\\/]dexie[\\/]|[\\/]src[\\/]data[\\/]db\.ts$/ },
            // Icons the shell doesn't use (the shell's are in `vendor`): ~0.5 KB each, so one
            // chunk for all of them instead of a request per icon on the pages that show them.
            { name: 'icons', test: /node_modules[\\/]lucide-vue-next[\\/]/ },
            // Our own modules that two or more lazy pages share (repos, composables, small
            // components): one ~20 KB gzip chunk instead of ~10 requests of 0.5–2 KB per page. On
            // a slow phone network the requests cost more than the unused bytes (Lighthouse LCP
            // 3.1 → 2.7 s on /library, 3.1 → 2.6 s on /challenges).
            {
              name: 'common',
              test: /[\\/]src[\\/](data|domain|composables|components|content[\\/]index|features[\\/]\w+[\\/](composables|components))[\\/]/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    include: ['test/{unit,component,db,sync}/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20000,
    hookTimeout: 60000,
  },
}))
