// `lint`: every finding about a policy (what keeps it from loading, then lint), for CI pipelines.
// Contract: exit 1 when there is an error or a warning, 0 otherwise, 2 on usage/IO errors; --json prints
// {"findings": [{"id", "severity": "error"|"warning"|"note", "rule": index|null, "message"}]}.
import { lintPolicy, type Diagnostic, type LintFinding } from '../policy/index.ts'
import { cliStrings } from '../i18n/cli.ts'
import type { Flags } from './commands.ts'
import { EXIT_FAIL, EXIT_OK, UsageError, type Io } from './io.ts'
import { formatDiagnostic, parseKubernetesVersion, parseTarget, readPolicyFile } from './policyfile.ts'

const USAGE =
  'usage: lint FILE [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--basic true|false] [--json]'

/** CliFinding: one line of the --json contract. */
export interface CliFinding {
  id: string
  severity: 'error' | 'warning' | 'note'
  rule: number | null
  message: string
}

/** ruleOf: the 0-based rule a path is about (`rules[3].verbs` → 3), or null. */
function ruleOf(at: string | undefined): number | null {
  const m = /^rules\[(\d+)\]/.exec(at ?? '')
  return m ? Number(m[1]) : null
}

const severityOf = (s: Diagnostic['severity']): CliFinding['severity'] => (s === 'info' ? 'note' : s)

/** loadId: a load finding's id from who reports it and its kind (`kube-apiserver/Invalid`, `deckhouse/Decode`). */
const loadId = (d: Diagnostic) => `${d.source}/${d.kind}`

function toCli(d: Diagnostic | LintFinding): CliFinding {
  return {
    id: 'id' in d ? d.id : loadId(d),
    severity: severityOf(d.severity),
    rule: ruleOf(d.at ?? d.path),
    message: d.message,
  }
}

/** runLint implements `lint`. */
export async function runLint(positionals: string[], flags: Flags, io: Io): Promise<number> {
  const [file] = positionals
  if (!file || positionals.length > 1) throw new UsageError(USAGE)
  const target = parseTarget(flags.target as string | undefined)
  const kubernetesVersion = parseKubernetesVersion(flags['kubernetes-version'], target)
  let basicAuditPolicyEnabled = true
  if (flags.basic !== undefined) {
    if (flags.basic !== 'true' && flags.basic !== 'false')
      throw new UsageError(`--basic must be true or false, not ${JSON.stringify(flags.basic)}`)
    basicAuditPolicyEnabled = flags.basic === 'true'
  }
  const loaded = await readPolicyFile(file, target, io, kubernetesVersion)
  const out: { finding: CliFinding; diagnostic?: Diagnostic }[] = []
  if ('binary' in loaded) {
    out.push({
      finding: {
        id: 'binary',
        severity: 'error',
        rule: null,
        message: `${loaded.binary}: it cannot be loaded as a policy`,
      },
    })
  } else {
    for (const d of loaded.result.diagnostics) out.push({ finding: toCli(d), diagnostic: d })
    if (loaded.result.policy) {
      const lint = lintPolicy(loaded.result.policy, {
        target,
        kubernetesVersion,
        dkp: { basicAuditPolicyEnabled },
      })
      for (const f of lint) out.push({ finding: toCli(f), diagnostic: f })
    }
  }
  if (flags.json === true) {
    io.stdout(JSON.stringify({ findings: out.map((o) => o.finding) }) + '\n')
  } else {
    for (const o of out) {
      const line = o.diagnostic
        ? formatDiagnostic(file, { ...o.diagnostic, severity: o.diagnostic.severity })
        : `${file}: error: ${o.finding.message}\n`
      io.stdout(line.replace(/\n$/, ` [${o.finding.id}]\n`).replace(': info: ', ': note: '))
    }
    if (out.length === 0) io.stdout(`${cliStrings().noFindings(file)}\n`)
  }
  return out.some((o) => o.finding.severity !== 'note') ? EXIT_FAIL : EXIT_OK
}
