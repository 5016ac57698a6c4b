// diff OLD NEW [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--basic B] [--builtin FILE] [--rendered B] [--log FILE]
// [--json]: what a policy edit changes, rule by rule and request by request. OLD (or NEW) may be a policy file or
// the kube-system/audit-policy Secret as `kubectl get secret -o yaml` prints it; on DKP, OLD may also be the
// policy rendered on a master (read as the app's "Compare with…" reads it, unless --rendered false). Exit 0: no request changes;
// 1: some do; 2: usage or input error (a file that cannot be read or holds no loadable policy).
import { diffOnLog, type DiffMeasured } from '../auditlog/diffOnLog.ts'
import type { PerDay } from '../auditlog/index.ts'
import { formatBytes } from '../i18n/format.ts'
import { diffPolicies, type BehaviourChange, type DiffOptions } from '../policy/diff.ts'
import {
  importBytes,
  readRenderedPolicy,
  type KubernetesVersion,
  type Policy,
  type Target,
} from '../policy/index.ts'
import { cliStrings } from '../i18n/cli.ts'
import { compareLogStrings } from '../i18n/compareLog.ts'
import { compareStrings } from '../i18n/compareStrings.ts'
import { importingStrings } from '../i18n/importing.ts'
import { failureText } from '../i18n/ownFindings.ts'
import { behaviourChange as englishChange } from '../i18n/en/compare.ts'
import { builtinFromFlag, parseBool, type Flags } from './policyCommands.ts'
import { binaryPolicy, EXIT_FAIL, EXIT_OK, EXIT_USAGE, UsageError, type Io } from './io.ts'
import { formatDiagnostic, parseKubernetesVersion, parseTarget } from './policyfile.ts'

const USAGE =
  'diff OLD NEW [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--basic true|false] [--builtin RENDERED_POLICY] [--rendered true|false] [--log FILE] [--json]'

/** readSide reads one side: a policy (YAML or JSON) or a Secret holding it; null (reported) when it cannot. */
async function readSide(
  file: string,
  target: Target,
  kubernetesVersion: KubernetesVersion,
  io: Io,
): Promise<Policy | null> {
  const bytes = file === '-' ? await io.readStdin() : await io.readFile(file)
  const binary = binaryPolicy(bytes, file === '-' ? cliStrings().stdin : file)
  if (binary) {
    io.stderr(`${cliStrings().notPolicy(binary)}\n`)
    return null
  }
  // From the bytes, as kube-apiserver reads them (UTF-16, a BOM, invalid UTF-8).
  const imported = importBytes(bytes, { target, kubernetesVersion })
  for (const d of imported.diagnostics.filter((x) => x.severity === 'error'))
    io.stderr(formatDiagnostic(file, d))
  const parse = imported.parse
  if (!parse || !parse.loadable || !parse.policy) {
    for (const d of parse?.diagnostics.filter((x) => x.severity === 'error') ?? [])
      io.stderr(formatDiagnostic(file, d))
    const why =
      parse?.failure !== undefined ? failureText(parse) : importingStrings().summary(imported.described)
    io.stderr(`${cliStrings().notCompared(file, why)}\n`)
    return null
  }
  return parse.policy
}

// The words of the text output follow the CLI's language, read at each call (cli/cliLocale.ts sets it at start);
// --json is the same in every language: its descriptions are English.
const words = compareStrings
const logWords = compareLogStrings

/** changeJson: one behaviour change in the --json contract, with the parameters behind the words(). */
function changeJson(c: BehaviourChange) {
  return {
    description: englishChange(c),
    example: c.example,
    before: c.before,
    after: c.after,
    changed: c.changed,
    requests: c.requests,
    except: c.except,
  }
}

/** runDiff implements `diff`. */
export async function runDiff(positionals: string[], flags: Flags, io: Io): Promise<number> {
  const [oldFile, newFile] = positionals
  if (!oldFile || !newFile || positionals.length > 2) throw new UsageError(cliStrings().usageOf(USAGE))
  if (oldFile === '-' && newFile === '-') throw new UsageError(cliStrings().oneStdin)
  const target = parseTarget(flags.target as string | undefined)
  const options: DiffOptions = { target }
  // Both sides are read as that version's kube-apiserver reads them (evaluation itself does not vary by version).
  const version = parseKubernetesVersion(flags['kubernetes-version'], target)
  options.kubernetesVersion = version
  const logs = typeof flags.log === 'string' ? [flags.log] : ((flags.log as string[] | undefined) ?? [])
  let oldPolicy = await readSide(oldFile, target, version, io)
  let newPolicy = await readSide(newFile, target, version, io)
  if (!oldPolicy || !newPolicy) return EXIT_USAGE
  if (target === 'deckhouse') {
    options.dkp = { auditPolicyEnabled: true, basicAuditPolicyEnabled: parseBool('basic', flags.basic, true) }
    // The built-in rules of the cluster's own rendering: it ran OLD, so OLD's rules are what it holds besides them.
    options.builtin = await builtinFromFlag(flags, oldPolicy, io)
    // A side that is the policy rendered on a master is its user's rules (the cluster's built-in rules then run on
    // both sides), as "Compare with…" reads it.
    if (!options.builtin && parseBool('rendered', flags.rendered, true)) {
      const sides = [
        [oldFile, oldPolicy],
        [newFile, newPolicy],
      ] as const
      const read = sides.map(([file, policy]) => {
        const r = readRenderedPolicy(policy)
        if (r)
          io.stderr(
            `${cliStrings().readAsRendered(file === '-' ? cliStrings().stdin : file, r.builtin.head.length, r.builtin.tail.length, r.user.rules.length)}\n`,
          )
        return r
      })
      oldPolicy = read[0]?.user ?? oldPolicy
      newPolicy = read[1]?.user ?? newPolicy
      options.builtin = read[0]?.builtin ?? read[1]?.builtin
    }
  } else if (flags.basic !== undefined || flags.builtin !== undefined) {
    throw new UsageError(cliStrings().dkpOnly)
  } else if (flags.rendered !== undefined) {
    throw new UsageError(cliStrings().renderedDkpOnly)
  }
  const d = diffPolicies(oldPolicy, newPolicy, options)
  let measured: DiffMeasured | undefined
  if (logs.length > 0) {
    const { analyzeForDiff } = await import('./analyze.ts')
    const onLog = diffOnLog(oldPolicy, newPolicy, d.behaviourChanges, options)
    measured = onLog.read(await analyzeForDiff(logs, onLog.policies, io))
  }
  if (flags.json === true) {
    io.stdout(
      JSON.stringify({
        ruleChanges: d.ruleChanges,
        policyChanges: d.policyChanges,
        behaviourChanges: d.behaviourChanges.map(changeJson),
        complete: d.complete,
        ...(measured ? { log: measured } : {}),
      }) + '\n',
    )
  } else {
    io.stdout(`${words().ruleChanges}:\n`)
    const lines = [
      ...d.policyChanges.map((c) => `${words().policySetting} ${words().fieldChange(c)}`),
      ...d.ruleChanges.map((c) => words().ruleChange(c)),
    ]
    io.stdout(lines.length === 0 ? `  ${words().noRuleChanges}\n` : lines.map((l) => `  ${l}\n`).join(''))
    io.stdout(`${words().behaviourChanges}:\n`)
    if (d.behaviourChanges.length === 0) io.stdout(`  ${words().noBehaviourChanges}\n`)
    for (const c of d.behaviourChanges) {
      io.stdout(`  - ${words().behaviourChange(c)}\n    ${words().example}: ${JSON.stringify(c.example)}\n`)
    }
    if (!d.complete) io.stdout(`${words().incomplete}\n`)
    if (measured) io.stdout(formatMeasured(measured, d.behaviourChanges))
  }
  return d.behaviourChanges.length > 0 || !d.complete ? EXIT_FAIL : EXIT_OK
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

/** dayText: " (N events, X a day)" when the log has a time window. */
function dayText(day: PerDay | null, sign: boolean): string {
  if (!day) return ''
  const bytes = formatBytes(Math.abs(day.bytes))
  const b = sign ? `${day.bytes < 0 ? '-' : day.bytes > 0 ? '+' : ''}${bytes}` : bytes
  return ` (${logWords().perDay(day.events, b, sign)})`
}

function formatMeasured(m: DiffMeasured, changes: readonly BehaviourChange[]): string {
  const delta = (a: number, b: number) => signed(a - b)
  const dayDelta: PerDay | null =
    m.before.perDay && m.after.perDay
      ? {
          events: m.after.perDay.events - m.before.perDay.events,
          bytes: m.after.perDay.bytes - m.before.perDay.bytes,
        }
      : null
  const lines = [
    `${words().onLog(m.requests)}`,
    `  ${words().logBefore}: ${logWords().volume(String(m.before.events), m.before.events, String(m.before.bytes))}${dayText(m.before.perDay, false)}`,
    `  ${words().logAfter}: ${logWords().volume(String(m.after.events), m.after.events, String(m.after.bytes))}${dayText(m.after.perDay, false)}`,
    `  ${words().logDelta}: ${logWords().volume(delta(m.after.events, m.before.events), m.after.events - m.before.events, delta(m.after.bytes, m.before.bytes))}${dayText(dayDelta, true)}`,
  ]
  if (m.windowSeconds === null) lines.push(`  ${logWords().noWindow}`)
  changes.forEach((c, k) => {
    const x = m.changes[k]
    lines.push(
      `  - ${words().behaviourChange(c)}\n    ${x ? words().logChange(x.requests, signed(x.events), signed(x.bytes)) + dayText(x.perDay, true) + (x.lowerBound ? ` (${logWords().lowerBound})` : '') : words().notMeasured}`,
    )
  })
  return lines.join('\n') + '\n'
}
