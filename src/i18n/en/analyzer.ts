// Strings of "Analyze a log": the log analyzer panel. They load with the panel (i18n/analyzer.ts); the first
// screen's only one, the tab's name, is in en.ts.
import type { ProblemKind } from '../../auditlog/types.ts'

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

export const analyzer = {
  intro:
    'Drop your audit.log (JSON lines, rotated audit-*.log, plain or gzip) to see what the policy you are editing would record. It is read here, in your browser; nothing is uploaded.',
  choose: 'Choose files',
  chooseLabel: 'Audit log files',
  dropHere: 'or drop them here',
  dropZone: 'Drop area for logs',
  analyzing: (files: number) => (files === 1 ? 'Analyzing the log…' : `Analyzing ${files} logs…`),
  progressLabel: 'Analysis progress',
  progress: (read: string, total: string, events: string, speed: string) =>
    `${read}${total ? ` of ${total}` : ''} · ${events} · ${speed}`,
  fileOf: (name: string, i: number, n: number) => (n > 1 ? `${name} (file ${i + 1} of ${n})` : name),
  cancel: 'Cancel',
  cancelled: 'The analysis was cancelled. Choose the files again to start over.',
  failed: (message: string) => `The analysis stopped: ${message}`,
  clear: 'Clear',
  again: 'Analyze other files',
  updating: 'Updating for your edit…',
  rescan: 'Re-scan',
  rescanNeeded: (why: string) => `These numbers are not exact for the policy as edited: ${why}.`,
  notALog: (names: string) =>
    `No audit events were found in ${names}: this does not look like a Kubernetes audit log (JSON lines of audit.k8s.io Events).`,
  unreadable: (name: string, why: string) =>
    `${name} could not be read to the end (${why}); what was read is counted.`,
  summary: {
    heading: 'Summary',
    files: (n: number, bytes: string, seconds: string) =>
      `${plural(n, 'file', 'files')}, ${bytes} read in ${seconds} s`,
    requests: 'Requests',
    requestsHelp: (events: string) => `${events} audit events in the log`,
    recorded: 'Recorded now',
    projected: 'With this policy',
    dropped: 'Not recorded',
    droppedHelp: (events: string, requests: string) => `${events} events; ${requests} requests entirely`,
    problems: 'Problem lines',
    problemsHelp: 'malformed, cut off, not audit events or of another version',
    events: (n: number) => plural(n, 'event', 'events'),
    lowerBound: 'at least',
    lowerBoundNote: (n: number) =>
      `${plural(n, 'request asks', 'requests ask')} for more detail than the log recorded (e.g. RequestResponse over a Metadata log): the byte figures are a lower bound.`,
    estimated: (bytes: string) => `${bytes} of it are estimated for stages the log did not record.`,
    overflow: (n: string) =>
      `${n} requests beyond the limit of distinct requests are counted in the totals but not in the top lists.`,
  },
  policies: {
    label: 'Policy to report on',
    policy: 'Your policy',
    effective: 'Effective DKP policy',
    effectiveHelp:
      'What kube-apiserver runs on DKP: the built-in rules around your rules, with the document’s DKP settings.',
  },
  levels: {
    heading: 'By level: recorded now and with this policy',
    events: 'Audit events',
    bytes: 'Bytes',
    recorded: 'Recorded now',
    projected: 'With this policy',
    tableCaption: 'Requests, audit events and bytes by level',
    row: (what: string, when: string) => `${what}, ${when.toLowerCase()}`,
  },
  rules: {
    heading: 'Per rule',
    caption: 'Requests decided by each rule, and the bytes they take',
    rule: 'Rule',
    level: 'Level',
    hits: 'Requests',
    recorded: 'Recorded now',
    projected: 'With this policy',
    noRule: 'No rule matches (not recorded)',
    ruleName: (n: number) => `Rule ${n}`,
    userRule: (n: number) => `your rule ${n}`,
    builtinRule: (n: number, title: string) => `DKP built-in rule ${n}: ${title}`,
    samples: (n: number) => (n === 1 ? '1 sample event' : `${n} sample events`),
    hideSamples: 'Hide samples',
    sampleAt: (file: string, line: number) => `${file}:${line}`,
    cut: (bytes: string) => `(cut; the event is ${bytes})`,
    lowerBound: 'lower bound: the log has less detail than this rule asks for',
  },
  top: {
    heading: 'Top',
    users: 'Users',
    userAgents: 'User agents',
    verbs: 'Verbs',
    resources: 'Resources',
    namespaces: 'Namespaces',
    sources: 'Sources of volume',
    sourcesHelp: 'user, verb and resource, by the bytes this policy would record',
    name: 'Name',
    requests: 'Requests',
    recorded: 'Recorded',
    projected: 'With this policy',
    none: 'Nothing to list.',
    chartLabel: (list: string) => `${list}: bytes with this policy`,
  },
  problems: {
    heading: (n: number) => `Problems (${n.toLocaleString('en-US')})`,
    kinds: {
      malformed: 'not JSON',
      truncated: 'cut-off last line',
      tooLong: 'line too long, skipped',
      notAudit: 'not an audit event',
      otherVersion: 'other audit API version (analyzed as v1)',
      unreadable: 'file not read to the end',
    } satisfies Record<ProblemKind, string>,
    more: (n: number) => `…and ${n.toLocaleString('en-US')} more of this kind`,
    where: (file: string, line: number) => (line > 0 ? `${file}:${line}` : file),
  },
  units: {
    events: (n: string) => `${n} events`,
    perSecond: (mib: string) => `${mib} MiB/s`,
  },
}
