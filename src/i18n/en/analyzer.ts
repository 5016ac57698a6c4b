// Strings of "Analyze a log": the log analyzer panel. They load with the panel (i18n/analyzer.ts); the first
// screen's only one, the tab's name, is in en.ts.
import type { ProblemKind } from '../../auditlog/types.ts'
import { countOf, formatNumber, formatTime } from '../format.ts'

export const analyzer = {
  intro:
    'Drop your audit.log (JSON lines, rotated audit-*.log, plain or gzip) to see what the policy you are editing would record. It is read here, in your browser; nothing is uploaded.',
  choose: 'Choose files',
  chooseLabel: 'Audit log files',
  dropHere: 'or drop them here',
  dropZone: 'Drop area for logs',
  analyzing: (files: number) =>
    files === 1 ? 'Analyzing the log…' : `Analyzing ${formatNumber(files)} logs…`,
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
      `${countOf(n, { one: 'file', other: 'files' })}, ${bytes} read in ${seconds} s`,
    requests: 'Requests',
    requestsHelp: (events: string) => `${events} audit events in the log`,
    recorded: 'Recorded now',
    projected: 'With this policy',
    dropped: 'Not recorded',
    droppedHelp: (events: string, requests: string) => `${events} events; ${requests} requests entirely`,
    problems: 'Problem lines',
    problemsHelp: 'lines that could not be analyzed',
    events: (n: number) => countOf(n, { one: 'event', other: 'events' }),
    lowerBound: 'at least',
    lowerBoundNote: (n: number) =>
      `${countOf(n, { one: 'request asks', other: 'requests ask' })} for more detail than the log recorded (e.g. RequestResponse over a Metadata log): the byte figures are a lower bound.`,
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
    perDay: 'A day, with this policy',
    showZero: (n: number) => `Show ${countOf(n, { one: 'rule', other: 'rules' })} with no requests`,
    hideZero: 'Hide the rules with no requests',
    sampleSummary: (file: string, line: number, verb: string, what: string) =>
      `${file}:${line}${verb ? ` · ${verb}` : ''}${what ? ` ${what}` : ''}`,
    recorded: 'Recorded now',
    projected: 'With this policy',
    noRule: 'No rule matches (not recorded)',
    ruleName: (n: number) => `Rule ${n}`,
    userRule: (n: number) => `Your rule ${n}`,
    builtinRule: (n: number, title: string) => `DKP built-in rule ${n}: ${title}`,
    samples: (n: number) => countOf(n, { one: 'sample event', other: 'sample events' }),
    hideSamples: 'Hide samples',
    sampleAt: (file: string, line: number) => `${file}:${line}`,
    cut: (bytes: string) => `(cut; the event is ${bytes})`,
    lowerBound: 'lower bound: the log has less detail than this rule asks for',
  },
  forecast: {
    heading: 'Forecast: a day of log, and the history one API server keeps',
    caption: 'Audit events and bytes a day, and hours of history on one API server',
    what: 'Policy',
    eventsPerDay: 'Events a day',
    bytesPerDay: 'Bytes a day',
    history: 'History kept',
    recorded: 'As recorded (the current policy)',
    projected: 'With this policy',
    window: (from: string, to: string, span: string, servers: number) =>
      `From the log's time span: ${formatTime(from)} to ${formatTime(to)} (${span}), ${countOf(servers, { one: 'API server', other: 'API servers' })} (files that overlap in time come from different servers).`,
    rotation: (backups: number, sizeMb: number, days: number) =>
      `Rotation as DKP sets it: ${backups} rotated files of ${sizeMb} MiB on each master, at most ${days} days (the current file comes on top of that).`,
    noWindow: 'The log spans no time (fewer than two distinct timestamps): there is no forecast.',
    stops: (requests: string, bytes: string) =>
      `Would stop recording ${requests} requests that are in the log now (${bytes}).`,
    starts: (requests: string) =>
      `Would record ${requests} requests with more detail than the log holds (a higher level).`,
    hours: (h: number) =>
      h < 1
        ? `${Math.round(h * 60)} min`
        : h < 72
          ? `${h.toFixed(h < 10 ? 1 : 0)} h`
          : `${(h / 24).toFixed(1)} days`,
  },
  open: {
    heading: (n: number) => `Requests without an end (${formatNumber(n)})`,
    help: 'No ResponseComplete or Panic event in the files for these requests: still open when the log was copied (an exec or attach session, a watch), or cut by rotation. Each is counted once, at the last event seen.',
    item: (user: string, verb: string, what: string, ns: string, name: string) =>
      `${user || '(no user)'} ${verb} ${what}${ns ? ` in ${ns}` : ''}${name ? ` ${name}` : ''}`,
    more: (n: number) => `…and ${formatNumber(n)} more`,
  },
  notes: {
    heading: 'Notes',
    otherVersion: (n: number) =>
      `${countOf(n, { one: 'event', other: 'events' })} of another audit API version (v1beta1, or none given) analyzed as audit.k8s.io/v1.`,
    sameAs: (file: string, other: string) => `${file} has the same content as ${other}: counted once.`,
    duplicates: (file: string, n: number) =>
      `${file}: ${countOf(n, { one: 'event was', other: 'events were' })} read already in an earlier file, counted once.`,
  },
  timeline: {
    heading: 'Bytes recorded over time, by level',
    step: (minutes: number) =>
      minutes < 60
        ? `Each bar is ${countOf(minutes, { one: 'minute', other: 'minutes' })} (UTC).`
        : `Each bar is ${(minutes / 60).toFixed(minutes % 60 === 0 ? 0 : 1)} hours (UTC).`,
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
    heading: (n: number) => `Problems (${formatNumber(n)})`,
    kinds: {
      malformed: 'not JSON',
      truncated: 'cut-off last line',
      tooLong: 'line too long, skipped',
      notAudit: 'not an audit event',
      otherVersion: 'other audit API version (analyzed as v1)',
      unreadable: 'file not read to the end',
    } satisfies Record<ProblemKind, string>,
    more: (n: number) => `…and ${formatNumber(n)} more of this kind`,
    where: (file: string, line: number) => (line > 0 ? `${file}:${line}` : file),
  },
  units: {
    events: (n: string) => `${n} events`,
    perSecond: (mib: string) => `${mib} MiB/s`,
  },
}
