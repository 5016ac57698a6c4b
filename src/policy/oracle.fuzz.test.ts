// Differential fuzzing against the loader oracle (../shared/oracle: kube-apiserver's loader and DKP's hook with
// the real go-yaml and sigs.k8s.io libraries). Seeded inputs (src/testing/oracleGen.ts) run through our core
// and, in batches, through the oracle; any difference in verdict, message, warnings, decoded rules or
// evaluation (level, stages, omitManagedFields, matched rule) fails the test with a minimized input, which is
// also kept under src/testdata/oracle-cases/ as a new case.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import {
  askOracle,
  buildBatch,
  compareBatch,
  oracleMissing,
  toAnswer,
  type OracleInput,
} from '../testing/oracle.ts'
import { generate, Rng, seedTexts } from '../testing/oracleGen.ts'
import { PROJECT_ROOT } from '../testing/shared.ts'

/**
 * A few thousand inputs in `npm test` (about 20 s here for both sides, under load), 100,000 in `npm run fuzz`.
 * Every mutation runs in both, random syntax characters and other line breaks included: since the YAML reader
 * is go-yaml's own state machine (goyaml.ts), no class of input is set aside and a syntax error must be worded
 * exactly as go-yaml words it.
 */
const RUNS = fuzzRuns(3000, 100_000)
const BATCH = 2500
const KEEP = join(PROJECT_ROOT, 'src', 'testdata', 'oracle-cases')

/** minimize drops lines, then runs of characters, while the input still differs from the oracle. */
function minimize(bin: string, input: OracleInput): OracleInput {
  const differs = (cands: OracleInput[]): OracleInput | undefined => {
    if (cands.length === 0) return undefined
    const answers = askOracle(bin, cands)
    return cands.find((c, i) => compareBatch(c, answers[i]!).length > 0)
  }
  let best = input
  // Fewer requests first.
  for (let i = 0; i < best.requests.length; i++) {
    const c = { ...best, requests: best.requests.filter((_, k) => k !== i) }
    if (differs([c])) {
      best = c
      i--
    }
  }
  for (let round = 0; round < 40; round++) {
    const bytes = best.policy
    let found: OracleInput | undefined
    for (let size = Math.max(1, bytes.length >> 1); size >= 1 && !found; size >>= 1) {
      const cands: OracleInput[] = []
      for (let at = 0; at < bytes.length; at += size)
        cands.push({ ...best, policy: new Uint8Array([...bytes.slice(0, at), ...bytes.slice(at + size)]) })
      found = differs(cands)
    }
    if (!found) break
    best = found
  }
  return best
}

function keep(bin: string, input: OracleInput): string {
  const answer = toAnswer(askOracle(bin, [input])[0]!)
  const name = 'fuzz-' + createHash('sha256').update(input.policy).digest('hex').slice(0, 10)
  const dir = join(KEEP, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'policy'), input.policy)
  if (input.requests.length > 0)
    writeFileSync(join(dir, 'request.json'), input.requests.map((r) => JSON.stringify(r)).join('\n') + '\n')
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(answer, null, 1) + '\n')
  return name
}

/** Needs Go and ../shared/oracle: without them the suite is skipped, saying which is missing. */
const missing = oracleMissing()
describe.skipIf(missing !== undefined)(
  `oracle differential fuzz${missing ? `: skipped, ${missing}` : ''}`,
  () => {
    it(`${RUNS} generated policies agree with the oracle on both targets`, { timeout: 30 * 60_000 }, () => {
      const bin = buildBatch()
      const seeds = seedTexts()
      const seed = fuzzSeed()
      const rng = new Rng(seed)
      let ran = 0
      const failures: string[] = []
      while (ran < RUNS && failures.length === 0) {
        const inputs: OracleInput[] = []
        for (let i = 0; i < Math.min(BATCH, RUNS - ran); i++)
          inputs.push(generate(seeds, rng, { syntaxNoise: true }))
        const answers = askOracle(bin, inputs)
        inputs.forEach((input, i) => {
          if (failures.length > 0) return
          const diff = compareBatch(input, answers[i]!)
          if (diff.length === 0) return
          const small = minimize(bin, input)
          const name = keep(bin, small)
          failures.push(
            [
              `input ${ran + i} (FUZZ_SEED=${seed}) differs from the oracle; kept as src/testdata/oracle-cases/${name}`,
              `minimized policy bytes: ${JSON.stringify(new TextDecoder().decode(small.policy))}`,
              `requests: ${JSON.stringify(small.requests)}`,
              ...compareBatch(small, askOracle(bin, [small])[0]!),
            ].join('\n'),
          )
        })
        ran += inputs.length
      }
      console.log(`oracle fuzz: ${ran} inputs (seed ${seed}), ${failures.length} differing from the oracle`)
      expect(failures).toEqual([])
      expect(ran).toBe(RUNS)
    })
  },
)
