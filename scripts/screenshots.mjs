// `npm run screenshots`: the README's pictures, taken from the built app (dist/) in the system Chromium.
//   builder-wide.png    1440×900: the recommended baseline loaded, the Policy preview and the problems
//   builder-narrow.png  390×844: the same on a phone-sized screen
//   simulator.png       1440×900: `kubectl exec` tested against the DKP effective policy
//   analyzer.png        1440×900: a generated audit log analyzed against the policy
// Run `npm run build` first. Nothing leaves localhost: every other request is refused.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { findChromium, INSTALL_HINT } from './chromium.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'docs', 'screenshots')
const port = Number(process.env.SCREENSHOTS_PORT ?? 4180)
const base = `http://127.0.0.1:${port}`

const executablePath = findChromium()
if (!executablePath) {
  console.error(INSTALL_HINT)
  process.exit(1)
}
mkdirSync(out, { recursive: true })

const server = spawn(
  process.execPath,
  [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  {
    cwd: root,
    stdio: 'ignore',
  },
)
const stop = () => server.kill()
process.on('exit', stop)

async function waitForServer() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(base)).ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer on ${base}`)
}

/** openApp starts a fresh page with only loopback traffic allowed and waits for the policy text. */
async function openApp(browser, viewport) {
  const context = await browser.newContext({ viewport, colorScheme: 'light' })
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  )
  const page = await context.newPage()
  await page.goto(base)
  // The Policy tab shows its text highlighted; Monaco takes over when the text is first used.
  await page.getByTestId('plain-code').first().waitFor()
  return page
}

async function loadBaseline(page) {
  await page.getByRole('button', { name: 'Presets' }).click()
  await page.getByRole('menuitem', { name: /Recommended baseline/ }).click()
  const confirm = page.getByRole('button', { name: /Load preset|Replace/ })
  if (await confirm.isVisible().catch(() => false)) await confirm.click()
  await page.getByRole('group', { name: 'Rule 1' }).waitFor()
}

await waitForServer()
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
try {
  const wide = await openApp(browser, { width: 1440, height: 900 })
  await loadBaseline(wide)
  await wide.waitForTimeout(500)
  await wide.screenshot({ path: join(out, 'builder-wide.png') })

  await wide.getByRole('button', { name: 'Enlarge the tools panel' }).click()
  await wide.getByRole('tab', { name: 'Test a request' }).click()
  await wide.getByRole('button', { name: 'kubectl exec', exact: true }).click()
  await wide.waitForTimeout(500)
  await wide.screenshot({ path: join(out, 'simulator.png') })

  await wide.getByRole('tab', { name: 'Analyze a log' }).click()
  const dir = mkdtempSync(join(tmpdir(), 'apb-shots-'))
  const log = join(dir, 'audit.log')
  const { writeLog } = await import('./gen-audit-log.mjs')
  await writeLog({ seed: 7, bytes: 8 * 1024 * 1024, out: log })
  const panel = wide.getByRole('tabpanel', { name: 'Analyze a log' })
  const chooser = wide.waitForEvent('filechooser')
  await panel.getByRole('button', { name: 'Choose files' }).click()
  await (await chooser).setFiles(log)
  await panel.getByText(/read in [0-9.]+ s: /).waitFor({ timeout: 60_000 })
  await wide.waitForTimeout(1500)
  await wide.screenshot({ path: join(out, 'analyzer.png') })
  rmSync(dir, { recursive: true, force: true })

  const narrow = await openApp(browser, { width: 390, height: 844 })
  await loadBaseline(narrow)
  await narrow.waitForTimeout(500)
  await narrow.screenshot({ path: join(out, 'builder-narrow.png') })
  console.log(`screenshots written to ${out}`)
} finally {
  await browser.close()
  stop()
}
