import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './scripts/chromium.mjs'

/**
 * The browser is the system Chromium (Debian's `chromium` package); Playwright never downloads one.
 * CHROMIUM_PATH overrides the location (scripts/chromium.mjs, shared with the benches and the test runner).
 */
function chromiumPath(): string {
  const found = findChromium()
  if (!found) throw new Error(INSTALL_HINT)
  return found
}

/** The preview server's port; E2E_PORT lets a second checkout run its tests beside a running one. */
const PORT = Number(process.env.E2E_PORT ?? 4173)

// The journeys run in an English browser (en-US) whatever the machine's language; e2e/russian.spec.ts sets ru-RU.
const DESKTOP = { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, locale: 'en-US' }

/** The journeys that assert the page never freezes (e2e/pages/FreezeWatch.ts). */
const FREEZE_SPECS = /(bad-input-(editor|import|share)|freeze-kept-text)\.spec\.ts$/

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  // A `test.only` left in a journey would make CI run that journey alone and pass.
  forbidOnly: !!process.env.CI,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // A hang guard, not a speed check (speed is measured by the benches and the freeze journeys' long tasks): long
  // journeys run 15–30 s on a quiet 2-core machine and over 60 s when it is loaded.
  timeout: 120_000,
  // Also a hang guard: how long an expectation waits for its condition. Beside a second suite and other work (load
  // 27–37 on 2 cores) the page's first render of a lazily loaded part (the rule list after a preset or a share link)
  // was seen to take over 10 s while the renderer got a few per cent of a core; speed is not judged here.
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      // QUIC off as well: the journeys speak to one local server only.
      args: [...CHROMIUM_ARGS, '--disable-quic'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: FREEZE_SPECS, use: DESKTOP },
    // "The page never freezes for more than a second" is measured by the thread time of the page's main-thread
    // tasks in a Chrome trace of the browser, so these journeys run after all the others, one at a time: one trace
    // per browser, and what they measure is this page, not the other workers'.
    { name: 'freeze', testMatch: FREEZE_SPECS, use: DESKTOP, dependencies: ['chromium'], workers: 1 },
  ],
  webServer: {
    // The built app (npm run build) served with the strict Content-Security-Policy of vite.config.ts.
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
