/* global window, document -- page.evaluate callbacks run in the browser */
// Freeze bench (issue 17): the longest main-thread task (a PerformanceObserver for long tasks) while the builder
// holds its largest policy (MAX_RULES = 2,000 rules; BENCH_RULES to change), imported as a commented YAML file so
// that the user's text is kept and follows every form edit (textSync.ts), and the user opens one rule's editor,
// changes its level, adds a rule, undoes and redoes, duplicates the first rule (which renumbers every rule
// after it and every finding about one); and while the Import dialog takes a paste of 102,000 short
// lines. Each run is a fresh page; BENCH_RUNS runs (default 3), the median per action is held against its budget:
// 200 ms for the import, edits, paste, undo and redo (the issue's goal; the import had 1 s until its first
// layout and its findings stopped being one task). It fails on a miss.
// Expects a built dist/ (`npm run build`).
// `vite preview` serves dist/ on a free port; headless Chromium opens it with `?bench` (src/app/benchHook.ts).
// Profiling: BENCH_PROFILE=DIR records a CPU profile of each action (Chromium's sampling profiler over CDP) into
// DIR/<action>.cpuprofile (open it in Chrome DevTools' Performance panel) and prints the functions with the most
// self time and the most total time. Build without minifying first for readable names:
// `npx vite build --minify false --outDir dist-profile` and BENCH_DIST=dist-profile.
// Tracing: BENCH_TRACE=DIR records a Chrome trace of each action (DIR/<run>-<action>.json, open it in the
// Performance panel) and prints what the action's longest main-thread task consists of: its time by trace
// event (script, style, layout, GC, …; a forced layout shows under the script that forced it) and, from the
// trace's CPU samples, the script functions with the most self time inside that task.
// Thread time: BENCH_CPU=1 records a light trace of each action and holds the budget against the longest
// task's thread time (the CPU time the page's main thread spent in it) rather than its wall time. On a machine
// that other processes keep busy, a task's wall time is mostly their time (a 150 ms task took 900 ms at a load
// average of 13 on 2 cores); its thread time is the page's own. Both are printed.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { findChromium, INSTALL_HINT } from '../scripts/chromium.mjs'
import {
  FREEZE_TRACE_CATEGORIES,
  longestTasks,
  longestThreadMs,
  mainThread,
} from '../scripts/trace-tasks.mjs'
import { freePort, waitForHttp } from './preview.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const RULES = Number(process.env.BENCH_RULES ?? 2000)
const BUDGET_EDIT_MS = 200
const PROFILE_DIR = process.env.BENCH_PROFILE
const TRACE_DIR = process.env.BENCH_TRACE
const CPU = process.env.BENCH_CPU === '1'
const DIST = process.env.BENCH_DIST ?? 'dist'
// BENCH_STOP_AFTER=REGEX: end each run after the action whose name matches (to measure the first actions only).
const STOP_AFTER = process.env.BENCH_STOP_AFTER ? new RegExp(process.env.BENCH_STOP_AFTER) : null
// BENCH_TASKS=N (with BENCH_CPU=1 or BENCH_TRACE): also print the thread time of each action's N longest tasks
// (an action can be two long tasks, e.g. Duplicate rule 1: the click's render, then its findings arriving).
const TASKS = Number(process.env.BENCH_TASKS ?? 0)
/** Thrown by measure() to end a run early (BENCH_STOP_AFTER). */
class StopRun extends Error {}

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

/**
 * longestTaskOf reads a Chrome trace (JSON) and describes the longest task of the page's main thread: its wall
 * and thread time, the self time of each kind of trace event in it, and the script functions its CPU samples
 * fall in (self time).
 */
function longestTaskOf(trace) {
  const thread = mainThread(trace)
  if (!thread) return null
  const { events, id: main } = thread
  const on = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined)
  // The task that starts the trace's own CPU profiler is the bench's, not the app's.
  const profilerStarts = on.filter((e) => e.name === 'CpuProfiler::StartProfiling')
  const task = on
    .filter((e) => e.name === 'RunTask')
    .filter((e) => !profilerStarts.some((p) => p.ts >= e.ts && p.ts <= e.ts + e.dur))
    .sort((a, b) => b.dur - a.dur)[0]
  if (!task) return null
  const end = task.ts + task.dur
  const inside = on
    .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  // Self time by event name: each event's duration less its children's (events nest on one thread).
  const self = new Map()
  const label = (e) => {
    const d = e.args?.data ?? e.args?.beginData ?? {}
    if (e.name === 'FunctionCall' || e.name === 'EvaluateScript')
      return `${e.name} ${d.functionName || ''} ${(d.url ?? '').split('/').pop()}`.trim()
    if (e.name === 'EventDispatch') return `EventDispatch ${d.type ?? ''}`
    if (e.name === 'TimerFire' || e.name === 'FireAnimationFrame') return e.name
    return e.name
  }
  const stack = []
  const add = (k, v) => self.set(k, (self.get(k) ?? 0) + v)
  add('(task itself)', task.dur)
  for (const e of inside) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop()
    const parent = stack[stack.length - 1]
    add(parent ? label(parent) : '(task itself)', -e.dur)
    add(label(e), e.dur)
    stack.push(e)
  }
  // CPU samples (disabled-by-default-v8.cpu_profiler): ProfileChunk events carry nodes and time deltas.
  const nodes = new Map()
  const samples = []
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || `${e.pid}` !== main.split(':')[0]) continue
    const c = e.args?.data?.cpuProfile
    if (!c) continue
    for (const n of c.nodes ?? []) nodes.set(`${e.id}:${n.id}`, n)
    const deltas = e.args.data.timeDeltas ?? []
    ;(c.samples ?? []).forEach((id, i) => samples.push({ chunk: e.id, id, delta: deltas[i] ?? 0 }))
  }
  // Sample times: the Profile event's startTime plus the running sum of deltas, per profile id.
  const starts = new Map()
  for (const e of events)
    if (e.name === 'Profile' && `${e.pid}` === main.split(':')[0]) starts.set(e.id, e.args?.data?.startTime)
  const byFn = new Map()
  const running = new Map()
  for (const s of samples) {
    const t = (running.get(s.chunk) ?? starts.get(s.chunk) ?? 0) + s.delta
    running.set(s.chunk, t)
    if (t < task.ts || t > end) continue
    const n = nodes.get(`${s.chunk}:${s.id}`)
    if (!n) continue
    const f = n.callFrame
    if (['(idle)', '(program)', '(root)'].includes(f.functionName)) continue
    const k = `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${(f.lineNumber ?? 0) + 1}`
    byFn.set(k, (byFn.get(k) ?? 0) + 1)
  }
  const sampled = [...byFn.values()].reduce((a, b) => a + b, 0)
  return {
    wallMs: task.dur / 1000,
    threadMs: task.tdur === undefined ? null : task.tdur / 1000,
    byEvent: [...self].filter(([, v]) => v >= 1000).sort((a, b) => b[1] - a[1]),
    byFunction: [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 20),
    sampled,
  }
}

/** printTask prints longestTaskOf's description. */
function printTask(name, d) {
  if (!d) return console.log(`\n--- ${name}: no task found in the trace`)
  console.log(
    `\n--- ${name}: longest task ${Math.round(d.wallMs)} ms (thread time ${d.threadMs === null ? '?' : Math.round(d.threadMs)} ms)`,
  )
  for (const [k, v] of d.byEvent.slice(0, 20))
    console.log(`    ${String(Math.round(v / 1000)).padStart(7)} ms  ${k}`)
  if (d.sampled > 0) {
    console.log(`  script functions (share of ${d.sampled} CPU samples in the task):`)
    for (const [k, v] of d.byFunction)
      console.log(`    ${String(Math.round((100 * v) / d.sampled)).padStart(6)} %  ${k}`)
  }
}

// `node bench/freeze.mjs --read-trace FILE…`: describe the longest task of traces recorded before (BENCH_TRACE).
if (process.argv[2] === '--read-trace') {
  for (const file of process.argv.slice(3))
    printTask(file, longestTaskOf(JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'))))
  process.exit(0)
}

if (!existsSync(join(root, DIST, 'index.html'))) {
  console.error(`${DIST}/ is missing: run \`npm run build\` first.`)
  process.exit(2)
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
  if (TRACE_DIR) mkdirSync(TRACE_DIR, { recursive: true })
  /** measure runs one user action and records its longest main-thread task against the budget. */
  const measure = async (name, budget, action) => {
    await settle()
    await reset()
    if (cdp) await cdp.send('Profiler.start')
    if (TRACE_DIR || CPU)
      await browser.startTracing(page, {
        categories:
          CPU && !TRACE_DIR
            ? FREEZE_TRACE_CATEGORIES
            : [
                'devtools.timeline',
                'disabled-by-default-devtools.timeline',
                'disabled-by-default-devtools.timeline.stack',
                'v8.execute',
                'disabled-by-default-v8.cpu_profiler',
                'v8',
                'blink.user_timing',
              ],
      })
    await action()
    await settle()
    const ms = await longest()
    let threadMs = null
    if (TRACE_DIR || CPU) {
      const buffer = await browser.stopTracing()
      const trace = JSON.parse(buffer.toString())
      threadMs = longestThreadMs(trace)
      if (TASKS > 0)
        console.log(
          `  ${name} (run ${run + 1}): longest tasks, thread ms: ${longestTasks(trace, TASKS)
            .map((t) => t.threadMs)
            .join(', ')}`,
        )
      if (TRACE_DIR) {
        writeFileSync(join(TRACE_DIR, `${run}-${name.replace(/[^\w]+/g, '-')}.json`), buffer)
        printTask(`${name} (run ${run + 1})`, longestTaskOf(trace))
      }
    }
    results.push({ name, longestTaskMs: ms, threadMs, budgetMs: budget })
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop')
      const file = join(PROFILE_DIR, `${run}-${name.replace(/[^\w]+/g, '-')}.cpuprofile`)
      writeFileSync(file, JSON.stringify(profile))
      if (run === 0) printProfile(name, profile)
    }
    if (STOP_AFTER?.test(name)) throw new StopRun()
  }
  try {
    await actions(page, measure, reset)
  } catch (e) {
    if (!(e instanceof StopRun)) throw e
  }
  await page.close()
  return results
}

/** actions: the user's actions, each measured. */
async function actions(page, measure, reset) {
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
  await measure(`Import ${RULES} rules (commented text)`, BUDGET_EDIT_MS, async () => {
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
  // An edit near the top of the list: every rule after it is renumbered, and so is every finding about one.
  // Back to the top of the list (Add rule took the page to its end, where the long list leaves rule 1 out).
  await page.evaluate(() => window.scrollTo(0, 0))
  const duplicate = rule(1).getByRole('button', { name: 'Duplicate rule', exact: true })
  await duplicate.waitFor(T)
  await measure('Duplicate rule 1', BUDGET_EDIT_MS, async () => {
    // The badge's count of warnings ("…, 2,001 warnings"): while lint runs on the new policy the page shows no
    // lint finding, so the badge changes at once; the new findings are in when it counts more than before.
    const warnings = () => {
      const text = document.querySelector('[data-testid="problems-badge"]')?.textContent ?? ''
      const m = /([\d,\u00a0]+) warnings?/.exec(text)
      return m ? Number(m[1].replace(/[,\u00a0]/g, '')) : 0
    }
    const before = await page.evaluate(warnings)
    await duplicate.click(T)
    await count(RULES + 2).waitFor(T)
    // Until the renumbered findings are in the page: the copy can never match (a new warning in the badge).
    // A function, not a string: the page's CSP refuses to evaluate strings while polling.
    await page.waitForFunction(
      (was) => {
        const text = document.querySelector('[data-testid="problems-badge"]')?.textContent ?? ''
        const m = /([\d,\u00a0]+) warnings?/.exec(text)
        return (m ? Number(m[1].replace(/[,\u00a0]/g, '')) : 0) > was
      },
      before,
      T,
    )
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
}

try {
  await waitForHttp(`http://localhost:${port}/`, 30_000)
  for (let run = 0; run < RUNS; run++) {
    const r = await oneRun(run)
    console.log(
      `run ${run + 1}/${RUNS}: ${r.map((x) => `${x.name} ${x.longestTaskMs} ms${x.threadMs === null ? '' : ` (thread ${x.threadMs} ms)`}`).join('; ')}`,
    )
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
  const threads = CPU ? runs.map((r) => r[k].threadMs) : null
  const med = median(all)
  const threadMed = threads ? median(threads) : null
  return {
    name: first.name,
    longestTaskMs: med,
    runs: all,
    ...(threads ? { threadMs: threadMed, threadRuns: threads } : {}),
    budgetMs: first.budgetMs,
    judgedOn: CPU ? 'thread time' : 'wall time',
    ok: (CPU ? threadMed : med) <= first.budgetMs,
  }
})
const load = (await import('node:os')).loadavg().map((x) => x.toFixed(2))
console.log(
  'Longest main-thread task per action, median of %d runs (%d rules; load average %s; budget held on %s):',
  RUNS,
  RULES,
  load.join(' '),
  CPU ? 'thread time' : 'wall time',
)
for (const r of results)
  console.log(
    '  %s %s ms%s (budget %s ms) %s   runs: %s',
    r.name.padEnd(42),
    String(r.longestTaskMs).padStart(6),
    CPU ? `, thread ${String(r.threadMs).padStart(4)} ms` : '',
    r.budgetMs,
    r.ok ? 'ok' : 'MISS',
    CPU ? r.runs.map((w, i) => `${w}/${r.threadRuns[i]}`).join(', ') : r.runs.join(', '),
  )
mkdirSync(join(root, 'bench-results'), { recursive: true })
writeFileSync(
  join(root, 'bench-results', 'freeze.json'),
  JSON.stringify({ rules: RULES, runs: RUNS, loadAverage: load, results }, null, 2) + '\n',
)
if (results.some((r) => !r.ok)) process.exitCode = 1
