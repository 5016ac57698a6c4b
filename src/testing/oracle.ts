// The loader oracle in ../shared/oracle (a Go replay of kube-apiserver's policy loader and DKP's hook, third-party
// source read in place and never copied): where it is, how to build it once per source version, and how to compare
// its answers with our core's.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { evaluatePolicy, parsePolicyBytes, type RequestAttributes } from '../policy/index.ts'
import { PROJECT_ROOT, SHARED_DIR } from './shared.ts'

export const ORACLE_DIR = join(SHARED_DIR, 'oracle')
export const ORACLE_CASES = join(ORACLE_DIR, 'cases')
const ORACLE_SRC = join(ORACLE_DIR, 'src')
const CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'oracle')

/** What the oracle says about one policy file (the `expected.json` of a case). */
export interface OracleAnswer {
  kube: { valid: boolean; warnings: string[] | null; error?: string }
  deckhouse: { accepted: boolean; valid: boolean; error?: string; apiserverError?: string }
  evals?: OracleEval[]
}

export interface OracleEval {
  level: string
  matchedRule: number | null
  omitManagedFields: boolean
  omitStages: string[] | null
}

export interface OracleCase {
  name: string
  policy: Uint8Array
  requests: RequestAttributes[]
  expected: OracleAnswer
}

/** casesMissing is the one-line reason the case suite cannot run, or undefined when it can. */
export function casesMissing(): string | undefined {
  return existsSync(ORACLE_CASES) ? undefined : '../shared/oracle/cases is not present in this checkout'
}

/** readCases loads every case folder of ../shared/oracle/cases (or another folder of the same layout). */
export function readCases(dir = ORACLE_CASES): OracleCase[] {
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'expected.json')))
    .sort()
    .map((name) => {
      const at = join(dir, name)
      const req = join(at, 'request.json')
      return {
        name,
        policy: new Uint8Array(readFileSync(join(at, 'policy'))),
        requests: existsSync(req)
          ? readFileSync(req, 'utf8')
              .split('\n')
              .filter((l) => l.trim() !== '')
              .map((l) => JSON.parse(l) as RequestAttributes)
          : [],
        expected: JSON.parse(readFileSync(join(at, 'expected.json'), 'utf8')) as OracleAnswer,
      }
    })
}

function hashTree(dir: string): string {
  const h = createHash('sha256')
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n)
      if (statSync(p).isDirectory()) walk(p)
      else h.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0')
    }
  }
  walk(dir)
  return h.digest('hex').slice(0, 16)
}

function hasGo(): boolean {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** oracleMissing is the one-line reason the oracle cannot be built here, or undefined when it can. */
export function oracleMissing(): string | undefined {
  if (!existsSync(ORACLE_SRC)) return '../shared/oracle is not present in this checkout'
  if (!hasGo()) return 'Go is not installed (apt-get install golang-go)'
  return undefined
}

/**
 * buildOracle compiles kload (and, when `wrapper` is given, our batch driver beside it) into
 * node_modules/.cache/oracle/<hash of the sources>/ once; later calls reuse the binary.
 */
export function buildOracle(wrapper?: { name: string; source: string }): string {
  const h = createHash('sha256').update(hashTree(ORACLE_SRC))
  if (wrapper) h.update(wrapper.source)
  const key = h.digest('hex').slice(0, 16)
  const name = wrapper ? wrapper.name : 'kload'
  const bin = join(CACHE, key, name)
  if (existsSync(bin)) return bin
  const work = join(tmpdir(), `oracle-build-${process.pid}-${key}`)
  rmSync(work, { recursive: true, force: true })
  cpSync(ORACLE_SRC, join(work, 'src'), { recursive: true })
  let pkg = join(work, 'src', 'kload')
  if (wrapper) {
    // Our driver is built from a copy of kload's package plus our file, outside the project tree.
    pkg = join(work, 'src', name)
    cpSync(join(work, 'src', 'kload'), pkg, { recursive: true })
    const main = readFileSync(join(pkg, 'main.go'), 'utf8').replace(
      /\nfunc main\(\) \{/,
      '\nfunc kloadMain() {',
    )
    writeText(join(pkg, 'main.go'), main)
    writeText(join(pkg, 'batch.go'), wrapper.source)
  }
  const out = join(work, name)
  execFileSync('go', ['build', '-o', out, '.'], {
    cwd: pkg,
    env: { ...process.env, GO111MODULE: 'off', GOPATH: work, GOCACHE: join(work, 'cache'), GOFLAGS: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  mkdirSync(join(CACHE, key), { recursive: true })
  renameSync(out, bin)
  rmSync(work, { recursive: true, force: true })
  return bin
}

function writeText(path: string, text: string): void {
  writeFileSync(path, text)
}

const orNull = <T>(v: T[] | null | undefined): T[] | null => (v && v.length > 0 ? v : null)

/**
 * compareWithOracle runs our core on one policy file (both targets, and every request through the
 * kube-apiserver reading) and lists each way it differs from the oracle's answer; [] when it agrees.
 */
export function compareWithOracle(
  policy: Uint8Array,
  expected: OracleAnswer,
  requests: RequestAttributes[] = [],
): string[] {
  const out: string[] = []
  const kube = parsePolicyBytes(policy)
  const modelled = (m: string | undefined) => m !== undefined && !m.includes('NOT-MODELLED')
  if (kube.loadable !== expected.kube.valid)
    out.push(
      `kube-apiserver: loads=${kube.loadable}, oracle says ${expected.kube.valid} (${expected.kube.error ?? ''})`,
    )
  else if (!expected.kube.valid && modelled(expected.kube.error) && kube.failure !== expected.kube.error)
    out.push(
      `kube-apiserver message: ${JSON.stringify(kube.failure)}, oracle: ${JSON.stringify(expected.kube.error)}`,
    )
  const warnings = orNull(kube.warnings)
  if (JSON.stringify(warnings) !== JSON.stringify(orNull(expected.kube.warnings)))
    out.push(
      `kube-apiserver warnings: ${JSON.stringify(warnings)}, oracle: ${JSON.stringify(expected.kube.warnings)}`,
    )

  const dkp = parsePolicyBytes(policy, { target: 'deckhouse' })
  const d = expected.deckhouse
  if (dkp.loadable !== d.valid)
    out.push(`DKP: loads=${dkp.loadable}, oracle says ${d.valid} (${d.error ?? d.apiserverError ?? ''})`)
  else if (!d.valid) {
    const want = d.accepted ? d.apiserverError : d.error
    if (modelled(want) && dkp.failure !== want)
      out.push(`DKP message: ${JSON.stringify(dkp.failure)}, oracle: ${JSON.stringify(want)}`)
  }
  // Whether DKP's hook accepted the Secret (even when kube-apiserver then refuses its rules).
  const accepted =
    dkp.loadable ||
    (dkp.failure !== undefined && !dkp.failure.startsWith('invalid audit-policy.yaml format: '))
  if (accepted !== d.accepted) out.push(`DKP hook: accepted=${accepted}, oracle says ${d.accepted}`)

  requests.forEach((req, i) => {
    const want = expected.evals?.[i]
    if (!want) return
    if (!kube.policy || !kube.loadable) {
      out.push(`request ${i + 1}: the policy does not load here`)
      return
    }
    const got = evaluatePolicy(kube.policy, req)
    const norm = (e: OracleEval) => ({
      level: e.level,
      matchedRule: e.matchedRule,
      omitManagedFields: e.omitManagedFields,
      omitStages: [...(e.omitStages ?? [])].sort(),
    })
    const a = JSON.stringify(norm(got))
    const b = JSON.stringify(norm(want))
    if (a !== b) out.push(`request ${i + 1}: ${a}, oracle: ${b}`)
  })
  return out
}
