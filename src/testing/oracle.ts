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
import {
  evaluatePolicy,
  parsePolicyBytes,
  type ParseResult,
  type RequestAttributes,
} from '../policy/index.ts'
import { PROJECT_ROOT, SHARED_DIR } from './shared.ts'

export const ORACLE_DIR = join(SHARED_DIR, 'oracle')
/** The oracle models Kubernetes 1.36 (`group: "*"` valid): our side reads as 1.36 on both targets. */
export const ORACLE_VERSION = '1.36'
export const ORACLE_CASES = join(ORACLE_DIR, 'cases')
/** Cases of our own, in the same layout (expected.json written by the oracle when the case was kept). */
export const OWN_CASES = join(PROJECT_ROOT, 'src', 'testdata', 'oracle-cases')
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
 * A go-yaml scanner or parser complaint ("line 5: did not find expected key"): which one libyaml words, and on
 * which line, depends on its state machine; the `yaml` library we read with finds the same fault by other
 * means, so for broken YAML these can differ in wording while both refuse the file.
 */
const YAML_SYNTAX =
  /^(?:failed decoding: |invalid audit-policy\.yaml format: error converting YAML to JSON: )yaml: (?:line \d+: )?(?:did not find|could not find|mapping values are not allowed|found character that cannot start|found unexpected|block sequence entries are not allowed|found undefined tag handle|found a tab character|found an indentation indicator)/

export function isYamlSyntaxMessage(m: string | undefined): boolean {
  return m !== undefined && YAML_SYNTAX.test(m)
}

export interface CompareOptions {
  /** Receives (instead of failing on) a difference in the wording of two go-yaml syntax errors. */
  syntaxWording?: (ours: string, oracle: string) => void
  /** Our readings, when the caller already has them. */
  kube?: ParseResult
  deckhouse?: ParseResult
}

/**
 * compareWithOracle runs our core on one policy file (both targets, and every request through the
 * kube-apiserver reading) and lists each way it differs from the oracle's answer; [] when it agrees.
 */
export function compareWithOracle(
  policy: Uint8Array,
  expected: OracleAnswer,
  requests: RequestAttributes[] = [],
  options: CompareOptions = {},
): string[] {
  const out: string[] = []
  const kube = options.kube ?? parsePolicyBytes(policy, { kubernetesVersion: ORACLE_VERSION })
  const modelled = (m: string | undefined) => m !== undefined && !m.includes('NOT-MODELLED')
  const message = (what: string, ours: string | undefined, theirs: string) => {
    if (ours === theirs) return
    if (
      options.syntaxWording &&
      ours !== undefined &&
      isYamlSyntaxMessage(ours) &&
      isYamlSyntaxMessage(theirs)
    ) {
      options.syntaxWording(ours, theirs)
      return
    }
    out.push(`${what} message: ${JSON.stringify(ours)}, oracle: ${JSON.stringify(theirs)}`)
  }
  if (kube.loadable !== expected.kube.valid)
    out.push(
      `kube-apiserver: loads=${kube.loadable}, oracle says ${expected.kube.valid} (${expected.kube.error ?? ''})`,
    )
  else if (!expected.kube.valid && modelled(expected.kube.error))
    message('kube-apiserver', kube.failure, expected.kube.error!)
  const warnings = orNull(kube.warnings)
  if (JSON.stringify(warnings) !== JSON.stringify(orNull(expected.kube.warnings)))
    out.push(
      `kube-apiserver warnings: ${JSON.stringify(warnings)}, oracle: ${JSON.stringify(expected.kube.warnings)}`,
    )

  const dkp =
    options.deckhouse ?? parsePolicyBytes(policy, { target: 'deckhouse', kubernetesVersion: ORACLE_VERSION })
  const d = expected.deckhouse
  if (dkp.loadable !== d.valid)
    out.push(`DKP: loads=${dkp.loadable}, oracle says ${d.valid} (${d.error ?? d.apiserverError ?? ''})`)
  else if (!d.valid) {
    const want = d.accepted ? d.apiserverError : d.error
    if (modelled(want)) message('DKP', dkp.failure, want!)
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
    // Stages are a set to the audit backend; with no rule matching, kube-apiserver hands back the policy's
    // list as written (repeats included), we a sorted set.
    const norm = (e: OracleEval) => ({
      level: e.level,
      matchedRule: e.matchedRule,
      omitManagedFields: e.omitManagedFields,
      omitStages: [...new Set(e.omitStages ?? [])].sort(),
    })
    const a = JSON.stringify(norm(got))
    const b = JSON.stringify(norm(want))
    if (a !== b) out.push(`request ${i + 1}: ${a}, oracle: ${b}`)
  })
  return out
}

/** One input for the batch driver: policy bytes and requests. */
export interface OracleInput {
  policy: Uint8Array
  requests: RequestAttributes[]
}

/** What the batch driver says about one input: kload's dump, dkp and eval answers. */
export interface BatchAnswer {
  kube: {
    valid: boolean
    warnings: string[] | null
    error?: string
    policy?: GoInternalPolicy
    panic?: string
  }
  deckhouse: { accepted: boolean; error?: string; apiserverError?: string; policy?: V1Policy; panic?: string }
  evals: Array<{ eval?: OracleEval; panic?: string }>
}

interface GoInternalRule {
  Level: string
  Users: string[] | null
  UserGroups: string[] | null
  Verbs: string[] | null
  Resources: Array<{ Group: string; Resources: string[] | null; ResourceNames: string[] | null }> | null
  Namespaces: string[] | null
  NonResourceURLs: string[] | null
  OmitStages: string[] | null
  OmitManagedFields: boolean | null
}
interface GoInternalPolicy {
  Rules: GoInternalRule[] | null
  OmitStages: string[] | null
  OmitManagedFields: boolean
}
interface V1Policy {
  rules?: Array<Record<string, unknown>> | null
  omitStages?: string[] | null
  omitManagedFields?: boolean
}

export const BATCH_SOURCE = join(PROJECT_ROOT, 'src', 'testing', 'oracle-batch.go')

/** buildBatch builds (once per source version) the batch driver: the oracle plus our oracle-batch.go. */
export function buildBatch(): string {
  return buildOracle({ name: 'oracle-batch', source: readFileSync(BATCH_SOURCE, 'utf8') })
}

/** askOracle runs the batch driver once over many inputs. */
export function askOracle(bin: string, inputs: readonly OracleInput[]): BatchAnswer[] {
  const lines = inputs.map(
    (i) =>
      JSON.stringify({
        policy: Buffer.from(i.policy).toString('base64'),
        requests: i.requests.map((r) => JSON.stringify(r)),
      }) + '\n',
  )
  const out = execFileSync(bin, [], { input: lines.join(''), maxBuffer: 1 << 30, encoding: 'utf8' })
  const answers = out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as BatchAnswer)
  if (answers.length !== inputs.length)
    throw new Error(`oracle batch: ${answers.length} answers for ${inputs.length} inputs`)
  return answers
}

/** toAnswer turns a batch answer into the stored case format (expected.json). */
export function toAnswer(b: BatchAnswer): OracleAnswer {
  const kube: OracleAnswer['kube'] = { valid: b.kube.valid, warnings: b.kube.warnings }
  if (b.kube.error !== undefined) kube.error = b.kube.error
  const d = b.deckhouse
  const deckhouse: OracleAnswer['deckhouse'] = {
    accepted: d.accepted,
    valid: d.accepted && !d.apiserverError,
  }
  if (d.error !== undefined) deckhouse.error = d.error
  if (d.apiserverError !== undefined) deckhouse.apiserverError = d.apiserverError
  const out: OracleAnswer = { kube, deckhouse }
  if (b.evals.length > 0 && b.kube.valid) out.evals = b.evals.map((e) => e.eval!)
  return out
}

const list = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.length > 0 ? v.map((x) => String(x)) : undefined

/** The fields of a decoded policy that decide evaluation, in one shape for Go's and ours. */
function canonical(p: {
  rules: Array<Record<string, unknown>>
  omitStages?: unknown
  omitManagedFields?: unknown
}): string {
  return JSON.stringify({
    rules: p.rules.map((r) => ({
      level: r.level ?? '',
      users: list(r.users),
      userGroups: list(r.userGroups),
      verbs: list(r.verbs),
      resources: Array.isArray(r.resources)
        ? r.resources.length > 0
          ? (r.resources as Array<Record<string, unknown>>).map((g) => ({
              group: g.group ?? '',
              resources: list(g.resources),
              resourceNames: list(g.resourceNames),
            }))
          : undefined
        : undefined,
      namespaces: list(r.namespaces),
      nonResourceURLs: list(r.nonResourceURLs),
      omitStages: list(r.omitStages),
      omitManagedFields: typeof r.omitManagedFields === 'boolean' ? r.omitManagedFields : undefined,
    })),
    omitStages: list(p.omitStages),
    omitManagedFields: p.omitManagedFields === true,
  })
}

function fromInternal(p: GoInternalPolicy): string {
  return canonical({
    rules: (p.Rules ?? []).map((r) => ({
      level: r.Level,
      users: r.Users,
      userGroups: r.UserGroups,
      verbs: r.Verbs,
      resources: r.Resources?.map((g) => ({
        group: g.Group,
        resources: g.Resources,
        resourceNames: g.ResourceNames,
      })),
      namespaces: r.Namespaces,
      nonResourceURLs: r.NonResourceURLs,
      omitStages: r.OmitStages,
      omitManagedFields: r.OmitManagedFields ?? undefined,
    })),
    omitStages: p.OmitStages,
    omitManagedFields: p.OmitManagedFields,
  })
}

/**
 * compareBatch: compareWithOracle on a batch answer, and beyond it the decoded policy itself (every rule field
 * that evaluation reads) for each target whose loader accepts the file.
 */
export function compareBatch(
  input: OracleInput,
  b: BatchAnswer,
  syntaxWording?: CompareOptions['syntaxWording'],
): string[] {
  const problems: string[] = []
  for (const x of [b.kube.panic, b.deckhouse.panic, ...b.evals.map((e) => e.panic)])
    if (x !== undefined) problems.push(`the oracle panicked: ${x}`)
  if (problems.length > 0) return problems
  const kube = parsePolicyBytes(input.policy, { kubernetesVersion: ORACLE_VERSION })
  const dkp = parsePolicyBytes(input.policy, { target: 'deckhouse', kubernetesVersion: ORACLE_VERSION })
  const out = compareWithOracle(input.policy, toAnswer(b), input.requests, {
    kube,
    deckhouse: dkp,
    syntaxWording,
  })
  if (b.kube.valid && kube.loadable && b.kube.policy && kube.policy) {
    const ours = canonical(kube.policy as never)
    const theirs = fromInternal(b.kube.policy)
    if (ours !== theirs) out.push(`kube-apiserver policy: ${ours}, oracle: ${theirs}`)
  }
  if (b.deckhouse.accepted && b.deckhouse.policy && dkp.policy && !dkp.failure?.startsWith('invalid audit')) {
    const ours = canonical(dkp.policy as never)
    const theirs = canonical({ ...b.deckhouse.policy, rules: b.deckhouse.policy.rules ?? [] })
    if (ours !== theirs) out.push(`DKP policy: ${ours}, oracle: ${theirs}`)
  }
  return out
}
