// The analyzer core's sentences in English: how requests are counted (the stage rule), what is wrong with a
// problem line, why re-analyzed numbers are not exact, and the CLI's plain-text report. The core returns codes
// with parameters (auditlog/types.ts) and asks for these words by them; the Russian twin is ru/analyzerNotes.ts.
import type { ProblemDetail, RescanReason, StageRule } from '../../auditlog/types.ts'
import type { ProblemKind } from '../../auditlog/types.ts'
import type { ReportWords } from '../../auditlog/table.ts'
import { countOf, formatBytes, formatNumber, formatTime } from '../format.ts'

const num = (n: number) => formatNumber(Math.round(n))

/** hours: 0.4 → "24 min", 30 → "30 h", 400 → "16.7 days". */
const hours = (h: number) =>
  h < 1
    ? `${Math.round(h * 60)} min`
    : h < 72
      ? `${h.toFixed(h < 10 ? 1 : 0)} h`
      : `${(h / 24).toFixed(1)} days`

const report = {
  number: num,
  bytes: formatBytes,
  hours,
  read: (files: number, lines: number, bytes: string, seconds: number, mibPerSec: number | null) =>
    `Read ${countOf(files, { one: 'file', other: 'files' })}: ${num(lines)} lines, ${bytes} in ${seconds.toFixed(1)} s` +
    (mibPerSec === null ? '' : ` (${mibPerSec.toFixed(0)} MiB/s)`),
  counted: (auditEvents: number, events: number, rule: string) =>
    `${num(auditEvents)} audit events, counted as ${num(events)} requests. ${rule}`,
  stage: (stage: string, events: number, bytes: string) => `${stage} ${num(events)} (${bytes})`,
  stages: (list: string[]) => `Stages recorded: ${list.join(', ')}`,
  sameAs: (file: string, other: string) => `${file}: the same content as ${other}, counted once`,
  duplicates: (file: string, n: number) =>
    `${file}: ${num(n)} events read before in other files, counted once`,
  open: (n: number) =>
    `${countOf(n, { one: 'request', other: 'requests' })} without ResponseComplete or Panic (still open, or cut by rotation), counted at the last event seen:`,
  openItem: (
    file: string,
    line: number,
    user: string,
    verb: string,
    resource: string,
    ns: string,
    name: string,
  ) =>
    `  ${file} line ${line}: ${user || '(no user)'} ${verb} ${resource}${ns ? ` in ${ns}` : ''}${name ? ` ${name}` : ''}`,
  rotation: (backups: number, sizeMb: number, days: number) =>
    `${backups} rotated files of ${sizeMb} MiB, at most ${days} days`,
  window: (from: string, to: string, span: string, servers: number) =>
    `Time window: ${formatTime(from)} to ${formatTime(to)} (${span}), ${countOf(servers, { one: 'API server', other: 'API servers' })}.`,
  asRecorded: (events: number, bytes: string) => ` As recorded: ${num(events)} events, ${bytes} a day`,
  history: (span: string, rotation: string) =>
    `; one API server's disk keeps ${span} of history (${rotation}).`,
  problemsHeading: 'Problems (none stopped the analysis):',
  noProblems: 'No problems found in the input.',
  notesHeading: 'Notes:',
  kinds: {
    malformed: 'malformed (not JSON)',
    truncated: 'truncated last line',
    tooLong: 'too long, skipped',
    notAudit: 'not an audit event',
    otherVersion: 'other audit API version (analyzed)',
    unreadable: 'file not read to the end',
  } satisfies Record<ProblemKind, string>,
  where: (file: string, lines: number[]) =>
    lines.some((l) => l > 0) ? `${file} line ${lines.join(', ')}` : file,
  kindLine: (count: number, kind: string, where: string, more: boolean) =>
    `  ${num(count)} ${kind}: ${where}${more ? ', …' : ''}`,
  example: (text: string) => `    e.g. ${text}`,
  notExact: (why: string) => `Not exact: ${why}`,
  policyTitle: (id: string) => `Policy "${id}"`,
  levelsHeading: '  By level: as recorded in the log, and as this policy would record',
  levelColumns: ['level', 'requests now', 'bytes now', 'requests', 'events', 'bytes'],
  total: 'total',
  rulesHeading: '  By rule (first match wins)',
  ruleColumns: ['rule', 'level', 'requests', 'recorded', 'would write', 'per day'],
  noRule: '(no rule matches: None)',
  rule: (n: number) => `rule ${n}`,
  atLeast: ' (at least)',
  hidden: (n: number) => `  (${countOf(n, { one: 'rule', other: 'rules' })} with no requests not shown)`,
  drop: (requests: number, events: number, bytes: string) =>
    `  Would drop ${num(requests)} requests entirely; ${num(events)} recorded events (${bytes}) would not be written.`,
  write: (events: number, bytes: string, saved: string, less: boolean) =>
    `  Would write ${num(events)} events, ${bytes} (${saved} ${less ? 'less' : 'more'} than recorded).`,
  raised: (n: number) =>
    `  Would record ${num(n)} requests with more detail than the log holds (a higher level).`,
  forecast: (events: number, bytes: string) => `  Forecast: ${num(events)} events, ${bytes} a day`,
  estimated: (bytes: string) =>
    `  Of that, ${bytes} is estimated for stages the log did not record (e.g. RequestReceived).`,
  lowerBound: (n: number) =>
    `  Lower bound: for ${num(n)} requests this policy asks for bodies the log did not record (its level was lower); the real bytes are higher.`,
  topColumns: ['', 'requests', 'recorded', 'this policy'],
  top: {
    users: '  Top users',
    userAgents: '  Top user agents',
    verbs: '  Top verbs',
    resources: '  Top resources',
    namespaces: '  Top namespaces',
    sources: '  Sources of volume (user verb resource), by bytes this policy would write',
  },
  topKey: (key: string) => key,
} satisfies ReportWords

export const analyzerNotes = {
  /** stageRule: how requests are counted from events (the report's `stageRule` code). */
  stageRule: {
    oncePerAuditID:
      'A request (one auditID) is counted once, at its ResponseComplete or Panic event. A request whose files hold ' +
      'no such event (still open when the log was copied, or cut by rotation) is counted once, at the last event ' +
      'seen for its auditID. An event without a stage (or without an auditID) counts by itself. The same event ' +
      'read twice (the same file given twice, overlapping copies) is counted once.',
  } satisfies Record<StageRule, string>,
  /** problem: what is wrong with one problem line. */
  problem: (d: ProblemDetail): string => {
    switch (d.code) {
      case 'notObject':
        return `JSON but not an object: ${d.preview}`
      case 'notJson':
        return `not JSON: ${d.preview}`
      case 'tooDeep':
        return `nested deeper than ${d.depth} levels: ${d.preview}`
      case 'cutOff':
        return `the last line (${d.bytes} bytes, no newline) is cut off: ${d.preview}`
      case 'tooLong':
        return `a line of ${d.bytes} bytes is longer than the limit (${d.limit}); skipped`
      case 'noKind':
        return 'a JSON object without "kind": not an audit Event'
      case 'otherKind':
        return `kind ${JSON.stringify(d.kind)}, not an audit Event`
      case 'noApiVersion':
        return 'an Event without apiVersion (analyzed as audit.k8s.io/v1)'
      case 'otherAuditVersion':
        return `apiVersion ${d.apiVersion} (analyzed as audit.k8s.io/v1)`
      case 'kubernetesEvent':
        return `an Event of apiVersion ${JSON.stringify(d.apiVersion)}: a Kubernetes Event, not an audit event`
      case 'unreadable':
        return d.error || 'read error'
    }
  },
  /** rescan: why numbers re-analyzed from the aggregates are not exact for the policy as edited. */
  rescan: (r: RescanReason): string =>
    (r.code === 'namesNotKept'
      ? 'object names were not kept for every request (too many distinct requests), and this policy uses resourceNames'
      : `${r.requests} requests beyond the signature limit were kept only as totals for the policies scanned with`) +
    ': re-scan the logs for exact numbers',
  /** report: the CLI's plain-text report (auditlog/table.ts). */
  report,
  /** titles: the CLI report's headings of the policy analyzed, and of DKP's effective policy. */
  titles: {
    policy: (file: string, dkp: boolean) => `Policy ${file}${dkp ? ' (your rules alone)' : ''}`,
    effective: (basic: boolean) => `Effective DKP policy (built-in rules${basic ? '' : ' off'} + your rules)`,
  },
}
