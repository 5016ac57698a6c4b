// `npm test`: every check, in the order a failure is cheapest to find: lint, types, unit and conformance
// tests, the production build, then the end-to-end journeys in the system Chromium.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium, INSTALL_HINT } from './chromium.mjs'
import { ensureDeps } from './ensure-deps.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const started = Date.now()

function step(title, cmd, args) {
  const t0 = Date.now()
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) {
    console.error(
      `\n✗ ${title} failed (exit ${r.status ?? r.signal}) after ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    )
    process.exit(r.status || 1)
  }
  console.log(`✓ ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
}

ensureDeps()
if (!findChromium()) {
  console.error(INSTALL_HINT)
  process.exit(1)
}
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])
step('format', 'npx', ['prettier', '--check', '.'])
step('unit and conformance tests', 'npx', ['vitest', 'run'])
step('build', 'npm', ['run', '--silent', 'build'])
step('end-to-end journeys', 'npx', ['playwright', 'test'])
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
