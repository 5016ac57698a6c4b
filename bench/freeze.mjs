/* global window -- page.evaluate callbacks run in the browser */
// Freeze bench (issue 17): the longest main-thread task (a PerformanceObserver for long tasks) while the builder
// holds its largest policy (MAX_RULES = 2,000 rules; BENCH_RULES to change), imported as a commented YAML file so
// that the user's text is kept and follows every form edit (textSync.ts), and the user opens one rule's editor,
// changes its level, adds a rule, undoes and redoes; and while the Import dialog takes a paste of 102,000 short
// lines. Each run is a fresh page; BENCH_RUNS runs (default 3), the median per action is held against its budget:
// 200 ms for edits, paste, undo and redo; 1 s anywhere (the import of the 2,000 rules). It fails on a miss.
// Expects a built dist/ (`npm run build`).
// `vite preview` serves dist/ on a free port; headless Chromium opens it with `?bench` (src/app/benchHook.ts).
// Profiling: BENCH_PROFILE=DIR records a CPU profile of each action (Chromium's sampling profiler over CDP) into
// DIR/<action>.cpuprofile (open it in Chrome DevTools' Performance panel) and prints the functions with the most
// self time and the most total time. Build without minifying first for readable names:
// `npx vite build --minify false --outDir dist-profile` and BENCH_DIST=dist-profile.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { findChromium, INSTALL_HINT } from '../scripts/chromium.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const RULES = Number(process.env.BENCH_RULES ?? 2000)
const BUDGET_EDIT_MS = 200
const BUDGET_ANY_MS = 1000
const PROFILE_DIR = process.env.BENCH_PROFILE
const DIST = process.env.BENCH_DIST ?? 'dist'

if (!existsSync(join(root, DIST, 'index.html'))) {
  console.error(`${DIST}/ is missing: run \`npm run build\` first.`)
  process.exit(2)
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

async function waitForHttp(url, ms) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

/** printProfile prints the functions with the most self and total time in a CPU profile (idle left out). */
function printProfile(name, profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map()
  const hits = new Map()
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1)
  const dt = (profile.endTime - profile.startTime) / 1000 / profile.samples.length
  const key = (n) => {
    const f = n.callFrame
    const file = f.url.split('/').pop()
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`
  }
  const total = new Map()
  for (const [id, count] of hits) {
    const n = byId.get(id)
    if (['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)) continue
    self.set(key(n), (self.get(key(n)) ?? 0) + count * dt)
    // Total time: each function on the sample's stack once (recursion counted once).
    const seen = new Set()
    for (let p = id; p !== undefined; p = parent.get(p)) {
      const k = key(byId.get(p))
      if (seen.has(k)) continue
      seen.add(k)
      total.set(k, (total.get(k) ?? 0) + count * dt)
    }
  }
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `    ${String(Math.round(v)).padStart(7)} ms  ${k}`)
      .join('\n')
  console.log(`\n--- ${name}: self time\n${top(self)}\n--- ${name}: total time\n${top(total)}`)
}

const executablePath = findChromium()
if (!executablePath) {
  console.error(INSTALL_HINT)
  process.exit(2)
}
const port = await freePort()
const server = spawn(
  process.execPath,
  [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'preview',
    '--port',
    String(port),
    '--strictPort',
    '--outDir',
    DIST,
  ],
  { cwd: root, stdio: 'ignore' },
)
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
})
const runs = []
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3))

/** bigPolicy: a commented policy text (a header, a note per rule, flow lists), as a user's file would be. */
function bigPolicy() {
  const rules = Array.from(
    { length: RULES },
    (_, i) =>
      `  # rule ${i + 1}: who may read what\n  - level: ${['None', 'Metadata', 'Request'][i % 3]}\n` +
      `    users: ["user-${i + 1}"] # one user\n    verbs: [get, list]\n` +
      `    resources:\n      - group: ""\n        resources: ['pods', 'configmaps']\n`,
  )
  return `# The cluster's audit policy\napiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n${rules.join('')}`
}

/** oneRun opens a fresh page and measures each action; it returns [{name, longestTaskMs, budgetMs}]. */
async function oneRun(run) {
  const results = []
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.addInitScript(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration))
    }).observe({ type: 'longtask', buffered: true })
  })
  await page.goto(`http://localhost:${port}/`)
  await page.getByRole('button', { name: 'Add rule' }).waitFor({ timeout: 60_000 })
  const longest = () => page.evaluate(() => Math.max(0, ...window.__longTasks))
  const reset = () => page.evaluate(() => (window.__longTasks = []))
  /** settle waits until no long task has been seen for a second (the page is idle again). */
  const settle = async () => {
    let seen = -1
    for (;;) {
      await page.waitForTimeout(1000)
      const n = await page.evaluate(() => window.__longTasks.length)
      if (n === seen) return
      seen = n
    }
  }
  const cdp = PROFILE_DIR ? await page.context().newCDPSession(page) : null
  if (cdp) {
    mkdirSync(PROFILE_DIR, { recursive: true })
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  }
  /** measure runs one user action and records its longest main-thread task against the budget. */
  const measure = async (name, budget, action) => {
    await settle()
    await reset()
    if (cdp) await cdp.send('Profiler.start')
    await action()
    await settle()
    const ms = await longest()
    results.push({ name, longestTaskMs: ms, budgetMs: budget })
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop')
      const file = join(PROFILE_DIR, `${run}-${name.replace(/[^\w]+/g, '-')}.cpuprofile`)
      writeFileSync(file, JSON.stringify(profile))
      if (run === 0) printProfile(name, profile)
    }
  }
  const T = { timeout: 120_000 }
  // Locators look inside the rules section only: a page-wide text search reads the whole 12,000-line preview in
  // the page's main thread on every poll, and that would be measured as the app's own long task.
  const rules = page.locator('section[aria-labelledby="rules-heading"]')
  const count = (n) => rules.getByText(new RegExp(`^${n.toLocaleString('en').replace(',', ',?')} rules$`))
  const rule = (n) => rules.getByRole('group', { name: `Rule ${n}`, exact: true })

  const dialogRoot = page.getByRole('dialog', { name: 'Import a policy' })
  await page
    .getByRole('button', { name: /^Import/ })
    .first()
    .click(T)
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', T),
    dialogRoot.getByRole('button', { name: 'Choose file…' }).click(T),
  ])
  await chooser.setFiles({ name: 'big.yaml', mimeType: 'application/yaml', buffer: Buffer.from(bigPolicy()) })
  await dialogRoot.getByRole('status', { name: 'What comes in' }).getByText(/rules/).first().waitFor(T)
  await measure(`Import ${RULES} rules (commented text)`, BUDGET_ANY_MS, async () => {
    await dialogRoot.getByRole('button', { name: /^(Import|Replace policy)$/ }).click(T)
    await count(RULES).waitFor(T)
  })
  await measure('Open rule 1 editor', BUDGET_EDIT_MS, async () => {
    await rule(1).getByRole('button', { name: 'Expand rule', exact: true }).click(T)
    await rule(1).getByRole('combobox', { name: 'Level', exact: true }).waitFor(T)
  })
  await rule(1).getByRole('combobox', { name: 'Level', exact: true }).click(T)
  await measure("Change rule 1's level", BUDGET_EDIT_MS, async () => {
    await page.getByRole('option', { name: /^RequestResponse / }).click(T)
    await rule(1).getByText('RequestResponse', { exact: true }).first().waitFor(T)
  })
  await measure('Add rule', BUDGET_EDIT_MS, async () => {
    await rules.getByRole('button', { name: 'Add rule' }).click(T)
    await count(RULES + 1).waitFor(T)
  })
  const undo = page.getByRole('button', { name: /^Undo/ }).first()
  await measure('Undo', BUDGET_EDIT_MS, async () => {
    await undo.click(T)
    await count(RULES).waitFor(T)
  })
  const redo = page.getByRole('button', { name: /^Redo/ }).first()
  await measure('Redo', BUDGET_EDIT_MS, async () => {
    await redo.click(T)
    await count(RULES + 1).waitFor(T)
  })
  await measure('Import: paste of 102,000 short lines', BUDGET_EDIT_MS, async () => {
    await page
      .getByRole('button', { name: /^Import/ })
      .first()
      .click(T)
    const box = page.getByRole('textbox', { name: 'Policy, Secret or ModuleConfig text' })
    await box.waitFor({ timeout: 60_000 })
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.evaluate(() => navigator.clipboard.writeText('a\n'.repeat(102_000)))
    await reset()
    await box.focus()
    await page.keyboard.press('ControlOrMeta+v')
  })
  await page.close()
  return results
}

try {
  await waitForHttp(`http://localhost:${port}/`, 30_000)
  for (let run = 0; run < RUNS; run++) {
    const r = await oneRun(run)
    console.log(`run ${run + 1}/${RUNS}: ${r.map((x) => `${x.name} ${x.longestTaskMs} ms`).join('; ')}`)
    runs.push(r)
  }
} finally {
  await browser.close()
  server.kill()
}

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y)
  return a.length % 2 ? a[(a.length - 1) / 2] : Math.round((a[a.length / 2 - 1] + a[a.length / 2]) / 2)
}
const results = runs[0].map((first, k) => {
  const all = runs.map((r) => r[k].longestTaskMs)
  const med = median(all)
  return {
    name: first.name,
    longestTaskMs: med,
    runs: all,
    budgetMs: first.budgetMs,
    ok: med <= first.budgetMs,
  }
})
const load = (await import('node:os')).loadavg().map((x) => x.toFixed(2))
console.log(
  'Longest main-thread task per action, median of %d runs (%d rules; load average %s):',
  RUNS,
  RULES,
  load.join(' '),
)
for (const r of results)
  console.log(
    '  %s %s ms (budget %s ms) %s   runs: %s',
    r.name.padEnd(42),
    String(r.longestTaskMs).padStart(6),
    r.budgetMs,
    r.ok ? 'ok' : 'MISS',
    r.runs.join(', '),
  )
mkdirSync(join(root, 'bench-results'), { recursive: true })
writeFileSync(
  join(root, 'bench-results', 'freeze.json'),
  JSON.stringify({ rules: RULES, runs: RUNS, loadAverage: load, results }, null, 2) + '\n',
)
if (results.some((r) => !r.ok)) process.exitCode = 1
