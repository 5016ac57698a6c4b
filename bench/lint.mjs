// Lint speed: runs the Vitest benchmark src/bench/lint.bench.ts (300 rules, both targets; the UI lints on
// every edit, so a run should stay well under 200 ms) and writes bench-results/lint.json.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
mkdirSync(join(root, 'bench-results'), { recursive: true })
const r = spawnSync(
  'npx',
  ['vitest', 'bench', '--run', 'src/bench/lint.bench.ts', '--outputJson', 'bench-results/lint.json'],
  { cwd: root, stdio: 'inherit' },
)
process.exit(r.status ?? 1)
