// CLI start-up: `validate` on the 28-rule DKP policy against a bare `node -e 0` (budget: at most 3×).
// Medians over repeated runs; run `npm run build:cli` first (scripts/bench.mjs does).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 25)
const fixture = join(root, '..', 'shared', 'fixtures', 'policies', 'deckhouse-basic-audit-policy.yaml')
const bundle = join(root, 'dist-cli', 'audit-policy.mjs')

let policy = fixture
if (!existsSync(fixture)) {
  // Without ../shared, the same 28 rules come from our own DKP data.
  mkdirSync(join(root, 'bench-results'), { recursive: true })
  policy = join(root, 'bench-results', 'dkp-28-rules.yaml')
  const r = spawnSync(process.execPath, [bundle, 'effective', '-'], {
    input: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n',
    encoding: 'utf8',
  })
  writeFileSync(policy, r.stdout)
  console.log('(../shared/fixtures missing: using the built-in DKP rules rendered by `effective`)')
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function time(args) {
  const samples = []
  for (let i = 0; i < RUNS + 3; i++) {
    const t0 = process.hrtime.bigint()
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
    if (i >= 3) samples.push(ms) // the first runs warm the file cache
  }
  return median(samples)
}

const bare = time(['-e', '0'])
const validate = time([bundle, 'validate', policy])
const ratio = validate / bare
const result = {
  runs: RUNS,
  bareNodeMs: +bare.toFixed(1),
  validateMs: +validate.toFixed(1),
  ratio: +ratio.toFixed(2),
  budget: 3,
  pass: ratio <= 3,
}
console.log('CLI start-up (median of %d runs)', RUNS)
console.log('  node -e 0                         %s ms', bare.toFixed(1))
console.log('  audit-policy validate (28 rules)  %s ms', validate.toFixed(1))
console.log(
  '  ratio                             %s× (budget ≤ 3×) %s',
  ratio.toFixed(2),
  result.pass ? 'PASS' : 'FAIL',
)
mkdirSync(join(root, 'bench-results'), { recursive: true })
writeFileSync(join(root, 'bench-results', 'cli-startup.json'), JSON.stringify(result, null, 2) + '\n')
if (!result.pass) process.exitCode = 1
