// `npm test`: every check, in the order a failure is cheapest to find: lint, types, unit and conformance
// tests, the production build, then the end-to-end journeys in the system Chromium.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium, INSTALL_HINT } from './chromium.mjs'
import { ensureDeps } from './ensure-deps.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const started = Date.now()
/** Each step's name and time, printed as a table at the end (and after a failure): where the time went. */
const times = []
const secs = (ms) => (ms / 1000).toFixed(1)

function summary() {
  console.log('\n=== where the time went')
  for (const { title, ms, ok } of times) {
    console.log(`  ${title.padEnd(30)} ${secs(ms).padStart(7)} s${ok ? '' : '  ✗ failed'}`)
  }
  console.log(`  ${'total'.padEnd(30)} ${secs(Date.now() - started).padStart(7)} s`)
}

function step(title, cmd, args) {
  const t0 = Date.now()
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  times.push({ title, ms: Date.now() - t0, ok: r.status === 0 })
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status ?? r.signal}) after ${secs(Date.now() - t0)} s`)
    summary()
    process.exit(r.status || 1)
  }
  console.log(`✓ ${title} (${secs(Date.now() - t0)} s)`)
}

ensureDeps()
if (!findChromium()) {
  console.error(INSTALL_HINT)
  process.exit(1)
}
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])
step('format', 'npx', ['prettier', '--check', '.'])
// --coverage: the run fails when src/policy or src/auditlog drop under their floors (vite.config.ts).
step('unit and conformance tests', 'npx', ['vitest', 'run', '--coverage'])
step('build', 'npm', ['run', '--silent', 'build'])
// What a first visit fetches, gzip, from the build output (deterministic); e2e/first-visit.spec.ts checks the list.
step('first-visit size budget', 'node', ['scripts/first-visit.mjs'])
step('end-to-end journeys', 'npx', ['playwright', 'test'])
summary()
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
