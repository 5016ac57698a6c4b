// `npm run screenshots`: the README's pictures, taken from the built app (dist/) in the system Chromium.
//   builder-wide.png    1440×900: the recommended baseline loaded, the Policy preview and the problems
//   builder-narrow.png  390×844: the same on a phone-sized screen
//   simulator.png       1440×900: `kubectl exec` tested against the DKP effective policy
//   analyzer.png        1440×900: a generated audit log analyzed against the policy
// and, in a Russian browser, builder-wide-ru.png, builder-narrow-ru.png and simulator-ru.png.
// Run `npm run build` first. Nothing leaves localhost: every other request is refused.
//   node scripts/screenshots.mjs            every picture
//   node scripts/screenshots.mjs --only ru  the Russian ones (--only en: the English ones)
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

/** The names the pictures' steps look for, in each language the app speaks (src/i18n/en.ts, ru.ts). */
const NAMES = {
  en: {
    locale: 'en-US',
    presets: 'Presets',
    baseline: /Recommended baseline/,
    confirm: /Load preset|Replace/,
    rule1: 'Rule 1',
    enlarge: 'Enlarge the tools panel',
    simulator: 'Test a request',
  },
  ru: {
    locale: 'ru-RU',
    presets: 'Наборы',
    baseline: /Рекомендуемая основа/,
    confirm: /Заменить/,
    rule1: 'Правило 1',
    enlarge: 'Развернуть панель инструментов',
    simulator: 'Проверить запрос',
  },
}
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : null

/** openApp starts a fresh page with only loopback traffic allowed and waits for the policy text. */
async function openApp(browser, viewport, names = NAMES.en) {
  // The browser's language chooses the app's (English pictures in an English browser whatever the machine's).
  const context = await browser.newContext({ viewport, colorScheme: 'light', locale: names.locale })
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  )
  const page = await context.newPage()
  await page.goto(base)
  // The Policy tab shows its text highlighted; Monaco takes over when the text is first used.
  await page.getByTestId('plain-code').first().waitFor()
  return page
}

async function loadBaseline(page, names = NAMES.en) {
  await page.getByRole('button', { name: names.presets }).click()
  await page.getByRole('menuitem', { name: names.baseline }).click()
  const confirm = page.getByRole('button', { name: names.confirm })
  if (await confirm.isVisible().catch(() => false)) await confirm.click()
  await page.getByRole('group', { name: names.rule1 }).waitFor()
  // The "Loaded" confirmation stays for its time and would cover the header in every picture: wait it out.
  await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached', timeout: 30_000 })
}

/** russian takes the Russian pictures: the builder wide and narrow, and the simulator. */
async function russian(browser) {
  const ru = NAMES.ru
  const wide = await openApp(browser, { width: 1440, height: 900 }, ru)
  await loadBaseline(wide, ru)
  await wide.waitForTimeout(500)
  await wide.screenshot({ path: join(out, 'builder-wide-ru.png') })
  await wide.getByRole('button', { name: ru.enlarge }).click()
  await wide.getByRole('tab', { name: ru.simulator }).click()
  await wide.getByRole('button', { name: 'kubectl exec', exact: true }).click()
  await wide.waitForTimeout(500)
  await wide.screenshot({ path: join(out, 'simulator-ru.png') })
  const narrow = await openApp(browser, { width: 390, height: 844 }, ru)
  await loadBaseline(narrow, ru)
  await narrow.waitForTimeout(500)
  await narrow.screenshot({ path: join(out, 'builder-narrow-ru.png') })
}

/** english takes the English pictures. */
async function english(browser) {
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
}

await waitForServer()
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
try {
  if (only !== 'en') await russian(browser)
  if (only !== 'ru') await english(browser)
  console.log(`screenshots written to ${out}`)
} finally {
  await browser.close()
  stop()
}
