// Lint speed: runs the Vitest benchmark src/bench/lint.bench.ts (300 rules, both targets; the UI lints on
// every edit, so a run should stay well under 200 ms) and writes bench-results/lint.json.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
mkdirSync(join(root, 'bench-results'), { recursive: true })
const r = spawnSync(
  'npx',
  ['vitest', 'bench', '--run', 'src/bench/lint.bench.ts', '--outputJson', 'bench-results/lint.json'],
  { cwd: root, stdio: 'inherit' },
)
if (r.status !== 0) process.exit(r.status ?? 1)

// The UI lints on every edit: each target's median run on 300 rules must stay under BUDGET_MS.
const BUDGET_MS = 200
const report = JSON.parse(readFileSync(join(root, 'bench-results', 'lint.json'), 'utf8'))
let pass = true
for (const file of report.files)
  for (const group of file.groups)
    for (const b of group.benchmarks) {
      const ok = b.median < BUDGET_MS
      pass &&= ok
      console.log(
        '  %s, %s: median %s ms (budget < %d ms) %s',
        group.fullName.split(' > ').pop(),
        b.name,
        b.median.toFixed(1),
        BUDGET_MS,
        ok ? 'PASS' : 'FAIL',
      )
    }
process.exit(pass ? 0 : 1)
