// The command-line tool's own sentences (src/cli), in English. The CLI picks its language from LC_ALL,
// LC_MESSAGES and LANG (cli/cliLocale.ts); `--json` output never goes through these, so it is the same in every
// language. Diagnostics keep their `file:line:col: error: message [id]` shape and English severity words, which CI
// tools parse; kube-apiserver's and DKP's own messages are quoted as they write them.
import { countOf, formatNumber, pluralForm } from '../format.ts'

export const cli = {
  usage: 'usage: audit-policy <command> [arguments]',
  unknownCommand: (name: string, known: string) => `unknown command ${name} (try: ${known})`,
  internalError: (message: string) => `internal error: ${message}`,
  notPolicy: (what: string) => `${what}: it cannot be loaded as a policy`,
  validateOk: (file: string, rules: number) =>
    `${file}: OK, ${countOf(rules, { one: 'rule', other: 'rules' })}`,
  validateFails: (file: string, failure: string) => `${file}: FAILS: ${failure}`,
  noFindings: (file: string) => `${file}: no findings`,
  notEvaluated: (file: string, failure: string) =>
    `${file}: not evaluated: the policy does not load (${failure})`,
  noSecret: (file: string, failure: string) =>
    `${file}: no Secret written: the policy does not load (${failure})`,
  dkpRefuses: (file: string, failure: string) => `${file}: DKP would not accept this policy (${failure})`,
  cannotWrite: (message: string) => `cannot write the output (${message})`,
  /** A command's usage error: `usage: ` and its command line as typed (the syntax stays as it is). */
  usageOf: (syntax: string) => `usage: ${syntax}`,
  /** The usage text's line for each command: its command line as typed, then what it does. */
  commands: {
    validate:
      'validate FILE [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--json]    exit 0 loads, 1 does not, 2 usage/IO error',
    lint: 'lint FILE [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--json]   exit 1 on an error or warning, 0 otherwise',
    eval: 'eval FILE --request JSON|@FILE|-                             one JSON line per request or audit event',
    secret:
      'secret FILE [--raw]                                          the kube-system/audit-policy Secret manifest',
    moduleconfig:
      'moduleconfig [--basic true|false] [--output File|Stdout] [--path DIR]   the control-plane-manager ModuleConfig',
    effective:
      'effective FILE [--basic true|false] [--builtin RENDERED]     the whole policy DKP makes kube-apiserver run',
    analyze:
      'analyze FILE --log AUDIT.LOG[.gz] [--log ...] [--json] [--target deckhouse]   what the policy would record for logs',
    diff: 'diff OLD NEW [--target …] [--kubernetes-version X.Y] [--basic B] [--builtin FILE] [--rendered B] [--log FILE] [--json]   exit 0 no request changes, 1 some do',
  } as Record<string, string>,
  /** How standard input is named in messages. */
  stdin: 'standard input',
  notBoolean: (flag: string, value: string) => `--${flag} must be true or false, not ${value}`,
  notTarget: (value: string) => `--target must be kube-apiserver or deckhouse, not ${value}`,
  notVersion: (versions: string, value: string) =>
    `--kubernetes-version must be one of ${versions}, not ${value}`,
  notOutput: (value: string) => `--output must be File or Stdout, not ${value}`,
  stdinOnce: '--log - (standard input) can be given once',
  oneStdin: 'only one of OLD and NEW can be standard input',
  dkpOnly: '--basic and --builtin apply to --target deckhouse',
  renderedDkpOnly: '--rendered applies to --target deckhouse',
  notAPolicy: 'not a policy',
  /** Where in --request a request is: `@FILE item 2`, `standard input line 3`. */
  requestItem: (origin: string, n: number) => `${origin} item ${n}`,
  requestLine: (origin: string, n: number) => `${origin} line ${n}`,
  requestNotObject: (where: string) => `${where}: expected a JSON object`,
  requestUser: (where: string) => `${where}: "user" must be a string or null`,
  requestGroups: (where: string) => `${where}: "groups" must be a list of strings`,
  requestResourceRequest: (where: string) => `${where}: "resourceRequest" must be true or false`,
  requestString: (where: string, field: string) => `${where}: "${field}" must be a string`,
  invalidJson: (where: string, message: string) => `${where}: invalid JSON (${message})`,
  noRequest: (origin: string) => `${origin}: no request given`,
  noSuchFile: (path: string) => `${path}: no such file`,
  isDirectory: (path: string) => `${path}: is a directory, not a file`,
  permissionDenied: (path: string) => `${path}: permission denied`,
  cannotRead: (path: string, why: string) => `${path}: cannot read (${why})`,
  tooLargeRead: (path: string, mib: number) =>
    `${path}: too large (reading stopped at the limit, ${mib} MiB)`,
  tooLargeFile: (path: string, size: number, mib: number) =>
    `${path}: ${size.toFixed(1)} MiB is too large (the limit is ${mib} MiB)`,
  pipeSilent: (path: string, seconds: number) =>
    `${path}: nothing was written to this pipe in ${seconds} s (is anything writing to it?)`,
  stdinTooLarge: (mib: number) => `standard input: more than ${mib} MiB`,
  binary: (what: string, offset: number) =>
    `${what}: binary content (a NUL byte at offset ${offset}), not a text file`,
  notUtf8: (what: string) => `${what}: not UTF-8 text`,
  outOfMemory: (mb: number, kb: number) =>
    `this file needs more than ${formatNumber(mb)} MB of memory to read (${formatNumber(Math.round(kb))} KB of text; an audit policy is a few KB)`,
  /** The reader thread of a large file ended without an answer (it crashed). */
  readerStopped: 'the policy reader stopped',
  /** analyze's progress line (after `analyze: `): "3.0 MiB of 12.0 MiB (25%), 12,000 events, 19 MiB/s, file 1/1". */
  progress: (
    read: string,
    of: { total: string; percent: number } | null,
    events: number,
    mibPerSec: number,
    file: number,
    files: number,
  ) =>
    `${read}${of ? ` of ${of.total} (${of.percent}%)` : ''}, ${countOf(events, { one: 'event', other: 'events' })}, ${formatNumber(mibPerSec)} MiB/s, file ${file}/${files}`,
  notAnalyzed: (file: string, failure: string) =>
    `${file}: not analyzed: the policy does not load (${failure})`,
  notCompared: (file: string, failure: string) => `${file}: not compared: ${failure}`,
  readInPart: (name: string, problem: string) => `${name}: read only in part: ${problem}`,
  /** A rule of the effective policy in analyze's tables. */
  yourRule: (n: number) => `your rule ${n}`,
  builtinRule: (n: number, title: string) => `DKP built-in rule ${n}: ${title}`,
  /** `effective`: the comment above each rule of the whole policy. */
  noteYourRule: (n: number) => `Your rule ${n}`,
  noteBuiltinRule: (n: number, title: string) => `DKP built-in rule ${n}: ${title}`,
  /** diff: a side read as the policy rendered on a DKP master. */
  readAsRendered: (file: string, head: number, tail: number, userRules: number) =>
    `${file}: read as the policy rendered on a master: its DKP built-in rules (1–${head}, ${head + 1}–${head + tail}) run on both sides, its ${countOf(userRules, { one: 'rule', other: 'rules' })} in between ${pluralForm(userRules, { one: 'is', other: 'are' })} compared (--rendered false compares the whole file)`,
}
