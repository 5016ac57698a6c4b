// The report as plain-text tables (the CLI's default output).
import { LEVELS } from '../policy/index.ts'
import type { AnalysisReport, PolicyImpact, Problem, ProblemKind, TopEntry } from './types.ts'

/** formatBytes: 1536 → "1.5 KiB". */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = n
  let u = 0
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return u === 0 ? `${Math.round(v)} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${units[u]}`
}

const num = (n: number) => Math.round(n).toLocaleString('en-US')

/** hours: 0.4 → "24 min", 30 → "30 h", 400 → "16.7 days". */
export function hours(h: number): string {
  if (h < 1) return `${Math.round(h * 60)} min`
  if (h < 72) return `${h.toFixed(h < 10 ? 1 : 0)} h`
  return `${(h / 24).toFixed(1)} days`
}

const rotationWords = (r: AnalysisReport) =>
  `${r.rotation.maxBackups} rotated files of ${r.rotation.maxSizeMB} MiB, at most ${r.rotation.maxAgeDays} days`

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

const PROBLEM_WORDS: Record<ProblemKind, string> = {
  malformed: 'malformed (not JSON)',
  truncated: 'truncated last line',
  tooLong: 'too long, skipped',
  notAudit: 'not an audit event',
  otherVersion: 'other audit API version (analyzed)',
  unreadable: 'file not read to the end',
}

/** NOTE_KINDS: lines analyzed normally, but worth a note (not problems). */
const NOTE_KINDS: ProblemKind[] = ['otherVersion']

function problemLines(report: AnalysisReport, notes = false): string[] {
  const out: string[] = []
  for (const kind of Object.keys(PROBLEM_WORDS) as ProblemKind[]) {
    if (NOTE_KINDS.includes(kind) !== notes) continue
    const count = report[kind]
    if (count === 0) continue
    const listed = report.problems.filter((p: Problem) => p.kind === kind)
    const byFile = new Map<string, number[]>()
    for (const p of listed) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.line])
    const where = [...byFile]
      .map(([file, lines]) => (lines.some((l) => l > 0) ? `${file} line ${lines.join(', ')}` : file))
      .join('; ')
    out.push(`  ${num(count)} ${PROBLEM_WORDS[kind]}: ${where}${count > listed.length ? ', …' : ''}`)
    if (listed[0]) out.push(`    e.g. ${listed[0].message}`)
  }
  return out
}

function topTable(title: string, entries: TopEntry[]): string[] {
  if (entries.length === 0) return []
  const rows = [
    ['', 'requests', 'recorded', 'this policy'],
    ...entries.map((e) => [
      e.key,
      num(e.events),
      formatBytes(e.recordedBytes),
      formatBytes(e.projectedBytes),
    ]),
  ]
  return ['', title, table(rows, [1, 2, 3]).replace(/^/gm, '  ')]
}

/** formatImpact prints one policy's part of the report. */
export function formatImpact(report: AnalysisReport, impact: PolicyImpact, title: string): string {
  const out: string[] = [title, '']
  const levelRows = [
    ['level', 'requests now', 'bytes now', 'requests', 'events', 'bytes'],
    ...LEVELS.map((l) => [
      l,
      num(report.recordedByLevel[l]),
      formatBytes(report.recordedBytesByLevel[l]),
      num(impact.byLevel[l]),
      num(impact.eventsByLevel[l]),
      formatBytes(impact.bytesByLevel[l]),
    ]),
    [
      'total',
      num(report.events),
      formatBytes(impact.recorded.bytes),
      num(report.events),
      num(impact.projected.events),
      formatBytes(impact.projected.bytes),
    ],
  ]
  out.push(
    '  By level: as recorded in the log, and as this policy would record',
    table(levelRows, [1, 2, 3, 4, 5]).replace(/^/gm, '  '),
    '',
  )
  const shown = impact.byRule.filter((r) => r.events > 0)
  const ruleRows = [
    ['rule', 'level', 'requests', 'recorded', 'would write', 'per day'],
    ...shown.map((r) => [
      r.rule === null ? '(no rule matches: None)' : (r.label ?? `rule ${r.rule + 1}`),
      r.level,
      num(r.events),
      formatBytes(r.recordedBytes),
      formatBytes(r.projectedBytes) + (r.lowerBoundEvents > 0 ? ' (at least)' : ''),
      r.perDay === null ? '' : formatBytes(r.perDay.bytes),
    ]),
  ]
  const hidden = impact.byRule.filter((r) => r.rule !== null && r.events === 0).length
  out.push(
    '  By rule (first match wins)',
    table(ruleRows, [2, 3, 4, 5]).replace(/^/gm, '  '),
    ...(hidden > 0 ? [`  (${hidden} rule${hidden === 1 ? '' : 's'} with no requests not shown)`] : []),
  )
  const saved = impact.recorded.bytes - impact.projected.bytes
  out.push(
    '',
    `  Would drop ${num(impact.dropped.requests)} requests entirely; ${num(impact.dropped.events)} recorded events (${formatBytes(impact.dropped.bytes)}) would not be written.`,
    `  Would write ${num(impact.projected.events)} events, ${formatBytes(impact.projected.bytes)} (${saved >= 0 ? `${formatBytes(saved)} less` : `${formatBytes(-saved)} more`} than recorded).`,
  )
  if (impact.raised > 0)
    out.push(
      `  Would record ${num(impact.raised)} requests with more detail than the log holds (a higher level).`,
    )
  if (impact.perDay !== null) {
    out.push(
      `  Forecast: ${num(impact.perDay.events)} events, ${formatBytes(impact.perDay.bytes)} a day` +
        (impact.historyHours === null
          ? '.'
          : `; one API server's disk keeps ${hours(impact.historyHours)} of history (${rotationWords(report)}).`),
    )
  }
  if (impact.estimatedBytes > 0) {
    out.push(
      `  Of that, ${formatBytes(impact.estimatedBytes)} is estimated for stages the log did not record (e.g. RequestReceived).`,
    )
  }
  if (impact.lowerBound) {
    out.push(
      `  Lower bound: for ${num(impact.lowerBoundEvents)} requests this policy asks for bodies the log did not record (its level was lower); the real bytes are higher.`,
    )
  }
  out.push(...topTable('  Top users', impact.top.users))
  out.push(...topTable('  Top user agents', impact.top.userAgents))
  out.push(...topTable('  Top verbs', impact.top.verbs))
  out.push(...topTable('  Top resources', impact.top.resources))
  out.push(...topTable('  Top namespaces', impact.top.namespaces))
  out.push(
    ...topTable(
      '  Sources of volume (user verb resource), by bytes this policy would write',
      impact.top.sources,
    ),
  )
  return out.join('\n') + '\n'
}

/** formatReport prints the whole report: input summary, problems, then each policy's impact. */
export function formatReport(report: AnalysisReport, titles: Record<string, string> = {}): string {
  const seconds = report.elapsedMs / 1000
  const out: string[] = [
    `Read ${report.files.length} file${report.files.length === 1 ? '' : 's'}: ${num(report.lines)} lines, ${formatBytes(report.bytes)} in ${seconds.toFixed(1)} s` +
      (seconds > 0 ? ` (${(report.bytes / 1024 / 1024 / seconds).toFixed(0)} MiB/s)` : ''),
    `${num(report.auditEvents)} audit events, counted as ${num(report.events)} requests. ${report.stageRule}`,
  ]
  const stages = Object.entries(report.byStage)
    .filter(([, v]) => v.events > 0)
    .map(([k, v]) => `${k} ${num(v.events)} (${formatBytes(v.bytes)})`)
  if (stages.length > 0) out.push(`Stages recorded: ${stages.join(', ')}`)
  for (const f of report.files) {
    if (f.sameAs !== undefined) out.push(`${f.name}: the same content as ${f.sameAs}, counted once`)
    else if ((f.duplicateEvents ?? 0) > 0)
      out.push(`${f.name}: ${num(f.duplicateEvents!)} events read before in other files, counted once`)
  }
  if (report.openRequests > 0) {
    out.push(
      `${num(report.openRequests)} request${report.openRequests === 1 ? '' : 's'} without ResponseComplete or Panic (still open, or cut by rotation), counted at the last event seen:`,
      ...report.open.map(
        (o) =>
          `  ${o.file} line ${o.line}: ${o.user || '(no user)'} ${o.verb} ${o.resource}${o.namespace ? ` in ${o.namespace}` : ''}${o.name ? ` ${o.name}` : ''}`,
      ),
      ...(report.openRequests > report.open.length ? ['  …'] : []),
    )
  }
  if (report.window !== null) {
    out.push(
      `Time window: ${report.window.from} to ${report.window.to} (${hours(report.window.seconds / 3600)}), ${report.apiServers} API server${report.apiServers === 1 ? '' : 's'}.` +
        (report.recordedPerDay === null
          ? ''
          : ` As recorded: ${num(report.recordedPerDay.events)} events, ${formatBytes(report.recordedPerDay.bytes)} a day` +
            (report.recordedHistoryHours === null
              ? '.'
              : `; one API server's disk keeps ${hours(report.recordedHistoryHours)} of history (${rotationWords(report)}).`)),
    )
  }
  const problems = problemLines(report)
  out.push(
    problems.length > 0 ? 'Problems (none stopped the analysis):' : 'No problems found in the input.',
    ...problems,
  )
  const notes = problemLines(report, true)
  if (notes.length > 0) out.push('Notes:', ...notes)
  if (!report.exact && report.rescanNeeded) out.push(`Not exact: ${report.rescanNeeded}`)
  for (const impact of report.impacts)
    out.push('', formatImpact(report, impact, titles[impact.id] ?? `Policy "${impact.id}"`))
  return out.join('\n') + '\n'
}
