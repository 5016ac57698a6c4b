// `lint`: every finding about a policy (what keeps it from loading, then lint), for CI pipelines.
// Contract: exit 1 when there is an error or a warning, 0 otherwise, 2 on usage/IO errors; --json prints
// {"findings": [{"id", "severity": "error"|"warning"|"note", "rule": index|null, "message"}]}, and a lint
// finding adds "code" and "params" (what it says, language-free), and "details" (its reason, further sentences
// and the lines of its list, e.g. each DKP built-in rule a rule overlaps) when any.
// `message` is the headline (at most 140 characters); --json words it in English whatever the language.
import { lint as enLint } from '../i18n/en/lint.ts'
import { wordFindings } from '../i18n/lint.ts'
import { lintPolicy, type Diagnostic, type LintFinding } from '../policy/index.ts'
import { cliStrings } from '../i18n/cli.ts'
import { cli as enCli } from '../i18n/en/cli.ts'
import type { Flags } from './policyCommands.ts'
import { EXIT_FAIL, EXIT_OK, UsageError, type Io } from './io.ts'
import { formatDiagnostic, parseKubernetesVersion, parseTarget, readPolicyFile } from './policyfile.ts'

const USAGE =
  'lint FILE [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--basic true|false] [--json]'

/** CliFinding: one line of the --json contract. */
export interface CliFinding {
  id: string
  severity: 'error' | 'warning' | 'note'
  rule: number | null
  message: string
  /** A lint finding's code and parameters (policy/lint-messages.ts LintSay). */
  code?: string
  params?: Record<string, unknown>
  details?: readonly string[]
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
  const out: CliFinding = {
    id: 'id' in d ? d.id : loadId(d),
    severity: severityOf(d.severity),
    rule: ruleOf(d.at ?? d.path),
    message: d.message,
  }
  if ('say' in d) {
    const { code, ...params } = d.say
    out.code = code
    out.params = params
    // The reason (shown under the headline in the app) is the first of the further sentences here, the list
    // (shown on demand in the app) the last.
    const details = [...(d.reason !== undefined ? [d.reason] : []), ...(d.details ?? []), ...(d.items ?? [])]
    if (details.length > 0) out.details = details
  }
  return out
}

/**
 * textLines: a finding as text: `file[:line:col]: severity: headline [id]`, then its details and list indented.
 * Findings come grouped by rule (lintPolicy orders them so); a detail already printed for the same rule (e.g.
 * how to choose the level of requests DKP decides, under each of a rule's overlaps) is not printed again.
 */
function textLines(file: string, d: Diagnostic | LintFinding, id: string, said: Set<string>): string {
  const head = formatDiagnostic(file, d).replace(/\n$/, ` [${id}]\n`).replace(': info: ', ': note: ')
  if (!('say' in d)) return head
  const more = [...(d.reason !== undefined ? [d.reason] : []), ...(d.details ?? [])].filter(
    (line) => !said.has(line),
  )
  more.forEach((line) => said.add(line))
  return head + [...more, ...(d.items ?? []).map((x) => `- ${x}`)].map((line) => `    ${line}\n`).join('')
}

/** runLint implements `lint`. */
export async function runLint(positionals: string[], flags: Flags, io: Io): Promise<number> {
  const [file] = positionals
  if (!file || positionals.length > 1) throw new UsageError(cliStrings().usageOf(USAGE))
  const target = parseTarget(flags.target as string | undefined)
  const kubernetesVersion = parseKubernetesVersion(flags['kubernetes-version'], target)
  let basicAuditPolicyEnabled = true
  if (flags.basic !== undefined) {
    if (flags.basic !== 'true' && flags.basic !== 'false')
      throw new UsageError(cliStrings().notBoolean('basic', JSON.stringify(flags.basic)))
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
        message:
          flags.json === true ? enCli.notPolicy(loaded.englishBinary) : cliStrings().notPolicy(loaded.binary),
      },
    })
  } else {
    for (const d of loaded.result.diagnostics) out.push({ finding: toCli(d), diagnostic: d })
    if (loaded.result.policy) {
      const found = lintPolicy(loaded.result.policy, {
        target,
        kubernetesVersion,
        dkp: { basicAuditPolicyEnabled },
      })
      // --json is the same in every language; the text follows the active one.
      const lint = wordFindings(found, flags.json === true ? enLint : undefined)
      for (const f of lint) out.push({ finding: toCli(f), diagnostic: f })
    }
  }
  if (flags.json === true) {
    io.stdout(JSON.stringify({ findings: out.map((o) => o.finding) }) + '\n')
  } else {
    let group: number | null | undefined
    let said = new Set<string>()
    for (const o of out) {
      if (o.finding.rule !== group) [group, said] = [o.finding.rule, new Set()]
      io.stdout(
        o.diagnostic
          ? textLines(file, o.diagnostic, o.finding.id, said)
          : `${file}: error: ${o.finding.message} [${o.finding.id}]\n`,
      )
    }
    if (out.length === 0) io.stdout(`${cliStrings().noFindings(file)}\n`)
  }
  return out.some((o) => o.finding.severity !== 'note') ? EXIT_FAIL : EXIT_OK
}
