// diff OLD NEW [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--log FILE] [--json]: what a
// policy edit changes, rule by rule and request by request. OLD (or NEW) may be a policy file or the
// kube-system/audit-policy Secret as `kubectl get secret -o yaml` prints it. Exit 0: no request changes;
// 1: some do; 2: usage or input error (a file that cannot be read or holds no loadable policy).
import { compare as words } from '../i18n/en/compare.ts'
import { classifiers } from '../policy/diffMeasure.ts'
import { diffPolicies, type BehaviourChange, type DiffOptions } from '../policy/diff.ts'
import { importBytes, type KubernetesVersion, type Policy, type Target } from '../policy/index.ts'
import type { Flags } from './commands.ts'
import { binaryPolicy, EXIT_FAIL, EXIT_OK, EXIT_USAGE, UsageError, type Io } from './io.ts'
import { formatDiagnostic, parseKubernetesVersion, parseTarget } from './policyfile.ts'

const USAGE =
  'usage: diff OLD NEW [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--log FILE] [--json]'

/** readSide reads one side: a policy (YAML or JSON) or a Secret holding it; null (reported) when it cannot. */
async function readSide(
  file: string,
  target: Target,
  kubernetesVersion: KubernetesVersion,
  io: Io,
): Promise<Policy | null> {
  const bytes = file === '-' ? await io.readStdin() : await io.readFile(file)
  const binary = binaryPolicy(bytes, file === '-' ? 'standard input' : file)
  if (binary) {
    io.stderr(`${binary}: it cannot be loaded as a policy\n`)
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
    io.stderr(`${file}: not compared: ${parse?.failure ?? imported.summary}\n`)
    return null
  }
  return parse.policy
}

/** changeJson: one behaviour change in the --json contract, with the parameters behind the words. */
function changeJson(c: BehaviourChange) {
  return {
    description: words.behaviourChange(c),
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
  if (!oldFile || !newFile || positionals.length > 2) throw new UsageError(USAGE)
  if (oldFile === '-' && newFile === '-')
    throw new UsageError('only one of OLD and NEW can be standard input')
  const target = parseTarget(flags.target as string | undefined)
  const options: DiffOptions = { target }
  // Both sides are read as that version's kube-apiserver reads them (evaluation itself does not vary by version).
  const version = parseKubernetesVersion(flags['kubernetes-version'], target)
  options.kubernetesVersion = version
  const logs = typeof flags.log === 'string' ? [flags.log] : ((flags.log as string[] | undefined) ?? [])
  const oldPolicy = await readSide(oldFile, target, version, io)
  const newPolicy = await readSide(newFile, target, version, io)
  if (!oldPolicy || !newPolicy) return EXIT_USAGE
  const d = diffPolicies(oldPolicy, newPolicy, options)
  const measured =
    logs.length > 0
      ? await measureLogs(logs, oldPolicy, newPolicy, d.behaviourChanges, options, io)
      : undefined
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
    io.stdout(`${words.ruleChanges}:\n`)
    const lines = [
      ...d.policyChanges.map((c) => `${words.policySetting} ${words.fieldChange(c)}`),
      ...d.ruleChanges.map(words.ruleChange),
    ]
    io.stdout(lines.length === 0 ? `  ${words.noRuleChanges}\n` : lines.map((l) => `  ${l}\n`).join(''))
    io.stdout(`${words.behaviourChanges}:\n`)
    if (d.behaviourChanges.length === 0) io.stdout(`  ${words.noBehaviourChanges}\n`)
    for (const c of d.behaviourChanges) {
      io.stdout(`  - ${words.behaviourChange(c)}\n    ${words.example}: ${JSON.stringify(c.example)}\n`)
    }
    if (!d.complete) io.stdout(`${words.incomplete}\n`)
    if (measured) io.stdout(formatMeasured(measured, d.behaviourChanges))
  }
  return d.behaviourChanges.length > 0 || !d.complete ? EXIT_FAIL : EXIT_OK
}

/** Volume: requests, and the audit events and bytes a policy would write for them. */
interface Volume {
  requests: number
  events: number
  bytes: number
}

interface Measured {
  requests: number
  before: Volume
  after: Volume
  /** Per behaviour change, in order: what it adds (after − before), or null where it cannot be measured. */
  changes: Array<{ requests: number; events: number; bytes: number } | null>
}

/**
 * measureLogs: the old and the new policy over the logs (the analyzer's public API, one pass), and each change
 * through its classifier policy (diff-measure.ts): the events and bytes it adds (negative: removes).
 */
async function measureLogs(
  logs: string[],
  oldPolicy: Policy,
  newPolicy: Policy,
  changes: readonly BehaviourChange[],
  options: DiffOptions,
  io: Io,
): Promise<Measured> {
  const { analyzeForDiff } = await import('./analyze.ts')
  const cls = classifiers(oldPolicy, newPolicy, changes, options)
  const extra = cls.flatMap((c) => (c ? [c.before, c.after] : []))
  const target = options.target ?? 'kube-apiserver'
  const report = await analyzeForDiff(logs, [oldPolicy, newPolicy], extra, target, io)
  const [a, b, ...rest] = report.impacts
  const whole = (i: (typeof report.impacts)[number]): Volume => ({
    requests: report.events,
    events: i.projected.events,
    bytes: i.projected.bytes,
  })
  let k = 0
  const perChange = cls.map((c) => {
    if (!c) return null
    const before = rest[k++]!.byRule[c.main]!
    const after = rest[k++]!.byRule[c.main]!
    return {
      requests: before.events,
      events: after.projectedEvents - before.projectedEvents,
      bytes: after.projectedBytes - before.projectedBytes,
    }
  })
  return { requests: report.events, before: whole(a!), after: whole(b!), changes: perChange }
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

function formatMeasured(m: Measured, changes: readonly BehaviourChange[]): string {
  const lines = [
    `${words.onLog(m.requests)}`,
    `  ${words.logBefore}: ${m.before.events} events, ${m.before.bytes} bytes`,
    `  ${words.logAfter}: ${m.after.events} events, ${m.after.bytes} bytes`,
    `  ${words.logDelta}: ${signed(m.after.events - m.before.events)} events, ${signed(m.after.bytes - m.before.bytes)} bytes`,
  ]
  changes.forEach((c, k) => {
    const x = m.changes[k]
    lines.push(
      `  - ${words.behaviourChange(c)}\n    ${x ? words.logChange(x.requests, signed(x.events), signed(x.bytes)) : words.notMeasured}`,
    )
  })
  return lines.join('\n') + '\n'
}
