// Finds the system Chromium for Playwright; it never downloads a browser.
import { existsSync } from 'node:fs'

export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
].filter(Boolean)

/** findChromium returns the first Chromium binary present, or undefined. */
export function findChromium() {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p))
}

export const INSTALL_HINT =
  'Chromium is needed for the browser tests. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary.'

/**
 * CHROMIUM_ARGS: how the benches launch headless Chromium: no sandbox (containers), no GPU, and nothing fetched or
 * synced in the background, so that only the app's own work is measured.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
