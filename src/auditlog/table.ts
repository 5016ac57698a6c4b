// The report as plain-text tables (the CLI's default output). The words come from i18n (analyzerNotes.report,
// in the language of the CLI's locale): the core lays out the numbers, ReportWords says what it asks for (sizes
// included).
import { LEVELS } from '../policy/index.ts'
import type {
  AnalysisReport,
  PolicyImpact,
  Problem,
  ProblemDetail,
  ProblemKind,
  TopEntry,
  Tops,
} from './types.ts'

/** ReportWords: the words of the plain-text report, by what they say (i18n/<language>/analyzerNotes.ts). */
export interface ReportWords {
  number: (n: number) => string
  /** A size in binary units, 1536 → "1.5 KiB" (i18n/format.ts formatBytes). */
  bytes: (n: number) => string
  hours: (h: number) => string
  read: (files: number, lines: number, bytes: string, seconds: number, mibPerSec: number | null) => string
  counted: (auditEvents: number, events: number, rule: string) => string
  stage: (stage: string, events: number, bytes: string) => string
  stages: (list: string[]) => string
  sameAs: (file: string, other: string) => string
  duplicates: (file: string, n: number) => string
  open: (n: number) => string
  openItem: (
    file: string,
    line: number,
    user: string,
    verb: string,
    resource: string,
    ns: string,
    name: string,
  ) => string
  rotation: (backups: number, sizeMb: number, days: number) => string
  window: (from: string, to: string, span: string, servers: number) => string
  asRecorded: (events: number, bytes: string) => string
  history: (span: string, rotation: string) => string
  problemsHeading: string
  noProblems: string
  notesHeading: string
  kinds: Record<ProblemKind, string>
  where: (file: string, lines: number[]) => string
  kindLine: (count: number, kind: string, where: string, more: boolean) => string
  example: (text: string) => string
  notExact: (why: string) => string
  policyTitle: (id: string) => string
  levelsHeading: string
  levelColumns: string[]
  total: string
  rulesHeading: string
  ruleColumns: string[]
  noRule: string
  rule: (n: number) => string
  atLeast: string
  hidden: (n: number) => string
  drop: (requests: number, events: number, bytes: string) => string
  write: (events: number, bytes: string, saved: string, less: boolean) => string
  raised: (n: number) => string
  forecast: (events: number, bytes: string) => string
  estimated: (bytes: string) => string
  lowerBound: (n: number) => string
  topColumns: string[]
  top: Record<keyof Tops, string>
  /** A top list's key as shown: NO_VALUE_KEY and CLUSTER_KEY in words, any other as it is. */
  topKey: (key: string) => string
}

/** NotesWords: what formatReport needs besides the report's own words: the stage rule and problem texts. */
export interface NotesWords {
  stageRule: Record<AnalysisReport['stageRule'], string>
  problem: (d: ProblemDetail) => string
  rescan: (r: NonNullable<AnalysisReport['rescanNeeded']>) => string
  report: ReportWords
}

/** table lays out rows in columns; columns listed in `right` are right-aligned. */
function table(rows: string[][], right: number[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  return rows
    .map((r) =>
      r
        .map((cell, c) => (right.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/** KIND_ORDER: the order problems are listed in. */
const KIND_ORDER: ProblemKind[] = [
  'malformed',
  'truncated',
  'tooLong',
  'notAudit',
  'otherVersion',
  'unreadable',
]

/** NOTE_KINDS: lines analyzed normally, but worth a note (not problems). */
const NOTE_KINDS: ProblemKind[] = ['otherVersion']

function problemLines(report: AnalysisReport, n: NotesWords, notes = false): string[] {
  const w = n.report
  const out: string[] = []
  for (const kind of KIND_ORDER) {
    if (NOTE_KINDS.includes(kind) !== notes) continue
    const count = report[kind]
    if (count === 0) continue
    const listed = report.problems.filter((p: Problem) => p.kind === kind)
    const byFile = new Map<string, number[]>()
    for (const p of listed) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.line])
    const where = [...byFile].map(([file, lines]) => w.where(file, lines)).join('; ')
    out.push(w.kindLine(count, w.kinds[kind], where, count > listed.length))
    if (listed[0]) out.push(w.example(n.problem(listed[0].detail)))
  }
  return out
}

function topTable(w: ReportWords, title: string, entries: TopEntry[]): string[] {
  if (entries.length === 0) return []
  const rows = [
    w.topColumns,
    ...entries.map((e) => [
      w.topKey(e.key),
      w.number(e.events),
      w.bytes(e.recordedBytes),
      w.bytes(e.projectedBytes),
    ]),
  ]
  return ['', title, table(rows, [1, 2, 3]).replace(/^/gm, '  ')]
}

const rotationWords = (w: ReportWords, r: AnalysisReport) =>
  w.rotation(r.rotation.maxBackups, r.rotation.maxSizeMB, r.rotation.maxAgeDays)

/** formatImpact prints one policy's part of the report. */
export function formatImpact(
  report: AnalysisReport,
  impact: PolicyImpact,
  title: string,
  w: ReportWords,
): string {
  const num = w.number
  const out: string[] = [title, '']
  const levelRows = [
    w.levelColumns,
    ...LEVELS.map((l) => [
      l,
      num(report.recordedByLevel[l]),
      w.bytes(report.recordedBytesByLevel[l]),
      num(impact.byLevel[l]),
      num(impact.eventsByLevel[l]),
      w.bytes(impact.bytesByLevel[l]),
    ]),
    [
      w.total,
      num(report.events),
      w.bytes(impact.recorded.bytes),
      num(report.events),
      num(impact.projected.events),
      w.bytes(impact.projected.bytes),
    ],
  ]
  out.push(w.levelsHeading, table(levelRows, [1, 2, 3, 4, 5]).replace(/^/gm, '  '), '')
  const shown = impact.byRule.filter((r) => r.events > 0)
  const ruleRows = [
    w.ruleColumns,
    ...shown.map((r) => [
      r.rule === null ? w.noRule : (r.label ?? w.rule(r.rule + 1)),
      r.level,
      num(r.events),
      w.bytes(r.recordedBytes),
      w.bytes(r.projectedBytes) + (r.lowerBoundEvents > 0 ? w.atLeast : ''),
      r.perDay === null ? '' : w.bytes(r.perDay.bytes),
    ]),
  ]
  const hidden = impact.byRule.filter((r) => r.rule !== null && r.events === 0).length
  out.push(
    w.rulesHeading,
    table(ruleRows, [2, 3, 4, 5]).replace(/^/gm, '  '),
    ...(hidden > 0 ? [w.hidden(hidden)] : []),
  )
  const saved = impact.recorded.bytes - impact.projected.bytes
  out.push(
    '',
    w.drop(impact.dropped.requests, impact.dropped.events, w.bytes(impact.dropped.bytes)),
    w.write(impact.projected.events, w.bytes(impact.projected.bytes), w.bytes(Math.abs(saved)), saved >= 0),
  )
  if (impact.raised > 0) out.push(w.raised(impact.raised))
  if (impact.perDay !== null) {
    out.push(
      w.forecast(impact.perDay.events, w.bytes(impact.perDay.bytes)) +
        (impact.historyHours === null
          ? '.'
          : w.history(w.hours(impact.historyHours), rotationWords(w, report))),
    )
  }
  if (impact.estimatedBytes > 0) out.push(w.estimated(w.bytes(impact.estimatedBytes)))
  if (impact.lowerBound) out.push(w.lowerBound(impact.lowerBoundEvents))
  for (const list of ['users', 'userAgents', 'verbs', 'resources', 'namespaces', 'sources'] as const)
    out.push(...topTable(w, w.top[list], impact.top[list]))
  return out.join('\n') + '\n'
}

/** formatReport prints the whole report: input summary, problems, then each policy's impact. */
export function formatReport(report: AnalysisReport, titles: Record<string, string>, n: NotesWords): string {
  const w = n.report
  const seconds = report.elapsedMs / 1000
  const out: string[] = [
    w.read(
      report.files.length,
      report.lines,
      w.bytes(report.bytes),
      seconds,
      seconds > 0 ? report.bytes / 1024 / 1024 / seconds : null,
    ),
    w.counted(report.auditEvents, report.events, n.stageRule[report.stageRule]),
  ]
  const stages = Object.entries(report.byStage)
    .filter(([, v]) => v.events > 0)
    .map(([k, v]) => w.stage(k, v.events, w.bytes(v.bytes)))
  if (stages.length > 0) out.push(w.stages(stages))
  for (const f of report.files) {
    if (f.sameAs !== undefined) out.push(w.sameAs(f.name, f.sameAs))
    else if ((f.duplicateEvents ?? 0) > 0) out.push(w.duplicates(f.name, f.duplicateEvents!))
  }
  if (report.openRequests > 0) {
    out.push(
      w.open(report.openRequests),
      ...report.open.map((o) => w.openItem(o.file, o.line, o.user, o.verb, o.resource, o.namespace, o.name)),
      ...(report.openRequests > report.open.length ? ['  …'] : []),
    )
  }
  if (report.window !== null) {
    out.push(
      w.window(
        report.window.from,
        report.window.to,
        w.hours(report.window.seconds / 3600),
        report.apiServers,
      ) +
        (report.recordedPerDay === null
          ? ''
          : w.asRecorded(report.recordedPerDay.events, w.bytes(report.recordedPerDay.bytes)) +
            (report.recordedHistoryHours === null
              ? '.'
              : w.history(w.hours(report.recordedHistoryHours), rotationWords(w, report)))),
    )
  }
  const problems = problemLines(report, n)
  out.push(problems.length > 0 ? w.problemsHeading : w.noProblems, ...problems)
  const notes = problemLines(report, n, true)
  if (notes.length > 0) out.push(w.notesHeading, ...notes)
  if (!report.exact && report.rescanNeeded) out.push(w.notExact(n.rescan(report.rescanNeeded)))
  for (const impact of report.impacts)
    out.push('', formatImpact(report, impact, titles[impact.id] ?? w.policyTitle(impact.id), w))
  return out.join('\n') + '\n'
}
