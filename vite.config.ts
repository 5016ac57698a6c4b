/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The strict policy from TOOLCHAIN §6: everything from our own origin. 'unsafe-inline' styles are needed by
// emotion and Monaco; data: images carry Monaco's squiggles.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
].join('; ')

export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    // Monaco is one large lazily loaded chunk; the initial bundle is measured by `npm run bench`.
    chunkSizeWarningLimit: 5000,
    sourcemap: false,
  },
  worker: { format: 'es' },
  preview: {
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    setupFiles: ['src/testing/setup.ts'],
  },
})
