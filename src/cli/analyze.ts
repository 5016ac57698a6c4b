// analyze POLICY --log FILE [--log FILE...] [--json] [--target kube-apiserver|deckhouse] [--basic true|false]:
// what the policy would record for real audit logs. Logs are streamed (plain or gzip, told by magic bytes) through
// the same analyzer the browser worker runs.
import { accessSync, closeSync, constants, createReadStream, openSync, readSync, statSync } from 'node:fs'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import {
  analyzeSources,
  formatReport,
  isGzip,
  type AnalysisReport,
  type LogInput,
  type OpenedLog,
  type PolicyImpact,
  type PolicyUnderTest,
} from '../auditlog/index.ts'
import { analyzerNotes } from '../i18n/analyzerNotes.ts'
import { effectivePolicy, type RuleOrigin } from '../policy/index.ts'
import type { Flags } from './policyCommands.ts'
import { describeFsError, EXIT_FAIL, EXIT_OK, UsageError, type Io } from './io.ts'
import { formatDiagnostic, parseKubernetesVersion, parseTarget, readPolicyFile } from './policyfile.ts'
import { PROGRESS_INTERVAL_MS, ProgressPrinter } from './progress.ts'
import { cliStrings } from '../i18n/cli.ts'
import { failureText } from '../i18n/ownFindings.ts'
import { cli as enCli } from '../i18n/en/cli.ts'
import { dkpBuiltin as enDkpBuiltin, titleOf } from '../i18n/en/dkpBuiltin.ts'
import { cli as ruCli } from '../i18n/ru/cli.ts'
import { locale } from '../i18n/locale.ts'
import { dkpBuiltin as ruDkpBuiltin } from '../i18n/ru/dkpBuiltin.ts'

const USAGE =
  'analyze POLICY --log FILE|- [--log FILE...] [--json] [--target kube-apiserver|deckhouse] [--basic true|false]'

/** STDIN_NAME: how standard input (`--log -`) is named in the report. */
export const STDIN_NAME = '(standard input)'

/** StdinIo: an Io that can stream standard input (tests); the real CLI streams process.stdin. */
interface StdinIo {
  stdinStream?: () => AsyncIterable<Uint8Array>
}

/**
 * openStream reads a stream once, as it comes (standard input, a FIFO), gunzipped when it starts with gzip's
 * magic bytes: the first chunk is looked at, then handed on with the rest.
 */
async function openStream(source: AsyncIterable<Uint8Array>): Promise<OpenedLog> {
  const it = source[Symbol.asyncIterator]()
  const first = await it.next()
  let n = 0
  async function* all(): AsyncGenerator<Uint8Array> {
    if (first.done) return
    n += first.value.length
    yield first.value
    for (;;) {
      const r = await it.next()
      if (r.done) return
      n += r.value.length
      yield r.value
    }
  }
  if (first.done || !isGzip(first.value)) return { gzip: false, chunks: all(), bytesRead: () => n }
  const raw = Readable.from(all(), { objectMode: false })
  const chunks = raw.pipe(createGunzip({ chunkSize: READ_CHUNK }))
  raw.on('error', (e) => chunks.destroy(e))
  return { gzip: true, chunks: chunks as AsyncIterable<Uint8Array>, bytesRead: () => n }
}

/** checkLog makes sure a log can be opened, or throws a one-line UsageError; returns its size. */
function checkLog(path: string): number {
  try {
    const st = statSync(path)
    if (st.isDirectory()) throw Object.assign(new Error('dir'), { code: 'EISDIR' })
    accessSync(path, constants.R_OK)
    return st.size
  } catch (e) {
    throw new UsageError(describeFsError(path, e))
  }
}

/** READ_CHUNK: bytes read at a time from a plain log (one buffer, reused). */
const READ_CHUNK = 1 << 20

/** readPlain reads a file in place, chunk by chunk, into one reused buffer (the analyzer copies what it keeps). */
function* readPlain(fd: number, counter: { n: number }): Generator<Uint8Array> {
  const buf = Buffer.allocUnsafe(READ_CHUNK)
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, READ_CHUNK, null)
      if (n === 0) return
      counter.n += n
      yield buf.subarray(0, n)
    }
  } finally {
    closeSync(fd)
  }
}

/**
 * openLog reads a log: plain files synchronously in place, gzip (told by magic bytes) through zlib's gunzip. A
 * FIFO (named pipe), a socket or a device cannot be peeked at nor read twice: it is streamed once, like
 * standard input (opened off the main thread, so a FIFO whose writer comes late blocks nothing).
 */
function openLog(path: string): OpenedLog | Promise<OpenedLog> {
  if (!statSync(path).isFile()) return openStream(createReadStream(path, { highWaterMark: READ_CHUNK }))
  const head = Buffer.alloc(2)
  const fd = openSync(path, 'r')
  const n = readSync(fd, head, 0, 2, 0)
  if (!isGzip(head.subarray(0, n))) {
    const counter = { n: 0 }
    return { gzip: false, chunks: readPlain(fd, counter), bytesRead: () => counter.n }
  }
  closeSync(fd)
  const raw = createReadStream(path, { highWaterMark: READ_CHUNK })
  const chunks = raw.pipe(createGunzip({ chunkSize: READ_CHUNK }))
  raw.on('error', (e) => chunks.destroy(e))
  return { gzip: true, chunks: chunks as AsyncIterable<Uint8Array>, bytesRead: () => raw.bytesRead }
}

function parseBasic(value: Flags[string]): boolean {
  if (value === undefined || value === 'true' || value === true) return true
  if (value === 'false') return false
  throw new UsageError(cliStrings().notBoolean('basic', JSON.stringify(value)))
}

/**
 * originLabel: a rule of the effective policy, in the CLI's language (read at each call: the CLI sets it when it
 * starts, cli/cliLocale.ts), or in English for --json, which is the same in every language.
 */
const originLabel = (o: RuleOrigin, english: boolean) => {
  const ru = !english && locale() === 'ru'
  const words = ru ? ruCli : enCli
  return o.kind === 'user'
    ? words.yourRule(o.index + 1)
    : words.builtinRule(o.builtin.number, titleOf(ru ? ruDkpBuiltin : enDkpBuiltin, o.builtin))
}

/** impactJson: one policy's numbers under the field names of the JSON contract. */
function impactJson(i: PolicyImpact) {
  const { id: _id, ...rest } = i
  return rest
}

/** reportJson: the --json object: {events, malformed, byRule, byLevel, …} for the policy, plus `effective`. */
export function reportJson(report: AnalysisReport): Record<string, unknown> {
  const { impacts, ...input } = report
  const [main, ...others] = impacts
  const out: Record<string, unknown> = { ...input, ...impactJson(main!) }
  for (const other of others) out[other.id] = impactJson(other)
  return out
}

/** stdinNamed: a log's name for the text report, standard input named in the active language. */
function stdinNamed(name: string): string {
  return name === STDIN_NAME ? `(${cliStrings().stdin})` : name
}

/** withStdinNamed: the report for the text output (stdinNamed); --json keeps STDIN_NAME in every language. */
function withStdinNamed(report: AnalysisReport): AnalysisReport {
  return {
    ...report,
    files: report.files.map((f) => ({
      ...f,
      name: stdinNamed(f.name),
      ...(f.sameAs !== undefined ? { sameAs: stdinNamed(f.sameAs) } : {}),
    })),
    open: report.open.map((o) => ({ ...o, file: stdinNamed(o.file) })),
  }
}

/** runAnalyze implements `analyze`: exit 0 done, 1 the policy does not load, 2 usage or unreadable log. */
export async function runAnalyze(positionals: string[], flags: Flags, io: Io): Promise<number> {
  const [file] = positionals
  const logs = typeof flags.log === 'string' ? [flags.log] : ((flags.log as string[] | undefined) ?? [])
  if (!file || positionals.length > 1 || logs.length === 0) throw new UsageError(cliStrings().usageOf(USAGE))
  const target = parseTarget(flags.target as string | undefined)
  const basic = parseBasic(flags.basic)
  if (logs.filter((l) => l === '-').length > 1) throw new UsageError(cliStrings().stdinOnce)
  const sizes = logs.map((l) => (l === '-' ? 0 : checkLog(l)))

  const version = parseKubernetesVersion(flags['kubernetes-version'], target)
  const loaded = await readPolicyFile(file, target, io, version)
  if ('binary' in loaded) {
    io.stderr(`${cliStrings().notPolicy(loaded.binary)}\n`)
    return EXIT_FAIL
  }
  const { result } = loaded
  if (!result.loadable || !result.policy) {
    for (const d of result.diagnostics.filter((x) => x.severity === 'error'))
      io.stderr(formatDiagnostic(file, d))
    io.stderr(`${cliStrings().notAnalyzed(file, failureText(result))}\n`)
    return EXIT_FAIL
  }
  const policies: PolicyUnderTest[] = [{ id: 'policy', policy: result.policy }]
  if (target === 'deckhouse') {
    const eff = effectivePolicy(result.policy, { auditPolicyEnabled: true, basicAuditPolicyEnabled: basic })
    const english = flags.json === true
    policies.push({
      id: 'effective',
      policy: eff.policy,
      labels: eff.origins.map((o) => originLabel(o, english)),
    })
  }

  const stdin = (io as StdinIo).stdinStream?.() ?? (process.stdin as AsyncIterable<Uint8Array>)
  const inputs: LogInput[] = logs.map((path, i) =>
    path === '-'
      ? { name: STDIN_NAME, size: 0, open: () => openStream(stdin) }
      : { name: path, size: sizes[i]!, open: () => openLog(path) },
  )
  const printer = new ProgressPrinter(io)
  const { report } = await analyzeSources(
    inputs,
    policies,
    { progressIntervalMs: PROGRESS_INTERVAL_MS },
    { onProgress: (p) => printer.update(p) },
  )
  printer.done()
  const notes = analyzerNotes()
  for (const f of report.files)
    if (f.error !== undefined)
      io.stderr(
        `audit-policy analyze: ${cliStrings().readInPart(stdinNamed(f.name), notes.problem({ code: 'unreadable', error: f.error }))}\n`,
      )

  if (flags.json === true) {
    io.stdout(JSON.stringify(reportJson(report)) + '\n')
  } else {
    io.stdout(
      formatReport(
        withStdinNamed(report),
        {
          policy: notes.titles.policy(file, target === 'deckhouse'),
          effective: notes.titles.effective(basic),
        },
        notes,
      ),
    )
  }
  return EXIT_OK
}

/** analyzeForDiff: one pass over the logs for several policies, run as given (auditlog/diffOnLog.ts); for `diff`. */
export async function analyzeForDiff(
  logs: string[],
  policies: PolicyUnderTest[],
  io: Io,
): Promise<AnalysisReport> {
  const sizes = logs.map(checkLog)
  const inputs: LogInput[] = logs.map((path, i) => ({
    name: path,
    size: sizes[i]!,
    open: () => openLog(path),
  }))
  const printer = new ProgressPrinter(io)
  const { report } = await analyzeSources(
    inputs,
    policies,
    { progressIntervalMs: PROGRESS_INTERVAL_MS },
    { onProgress: (p) => printer.update(p) },
  )
  printer.done()
  return report
}
