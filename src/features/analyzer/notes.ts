import type { AnalysisReport } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'

/** reportNotes: what is worth knowing about lines that were analyzed normally (not problems). */
export function reportNotes(report: AnalysisReport): string[] {
  const n = t.analyzer.notes
  const notes: string[] = []
  for (const f of report.files) {
    if (f.sameAs !== undefined) notes.push(n.sameAs(f.name, f.sameAs))
    else if ((f.duplicateEvents ?? 0) > 0) notes.push(n.duplicates(f.name, f.duplicateEvents!))
  }
  if (report.otherVersion > 0) notes.push(n.otherVersion(report.otherVersion))
  return notes
}
