// Builds bench/worker-harness.html (the analyzer worker benchmark page) into bench-results/, apart from the app.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../bench-results/worker-harness', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { input: fileURLToPath(new URL('./worker-harness.html', import.meta.url)) },
  },
  worker: { format: 'es' },
})
