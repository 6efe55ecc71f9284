import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  // The same Vue plugin as the app, so the same production flags (no devtools) apply.
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Like the app: vue-i18n without its runtime message compiler.
  resolve: { alias: [{ find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' }] },
  build: {
    outDir: fileURLToPath(new URL('../../../dist-floor', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { output: { codeSplitting: false } },
  },
})
