import { useEffect, useState } from 'react'
import { diagnosticText } from '../../i18n/ownFindings.ts'
import { locateTopLevel } from '../../policy/locateCanonical.ts'
import type { Diagnostic, SourceRange } from '../../policy/types.ts'
import type { EditorMarker } from '../../monaco/index.ts'
import { isCurrent, useDraft } from '../../state/draft.ts'
import {
  lintFindings,
  useDiagnostics,
  useEditorSelector,
  usePolicy,
  usePolicyText,
} from '../../state/index.ts'
import { locateInText } from '../../state/reader.ts'

/** How long the text and findings must settle before the markers are placed again. */
const MARKERS_DELAY_MS = 200

/** toMarker places a finding; one about a whole rule or list marks only its first line, not the block. */
function toMarker(d: Diagnostic, range: SourceRange): EditorMarker {
  const oneLine = range.end.line === range.start.line
  return {
    severity: d.severity,
    message: diagnosticText(d),
    source: d.source === 'import' ? undefined : d.source,
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.start.line,
    endColumn: oneLine ? range.end.column : Number.MAX_SAFE_INTEGER,
  }
}

/**
 * useYamlMarkers: the core's findings as markers on the YAML editor's `text` (monaco-yaml adds the schema's).
 * A draft's own reading brings its findings with ranges; findings that carry only a path (lint's, or every
 * finding when the editor shows the canonical text) are placed by the reader. Off while `active` is false.
 */
export function useYamlMarkers(text: string, active: boolean): readonly EditorMarker[] {
  const draft = useDraft()
  const policy = usePolicy()
  const all = useDiagnostics()
  const lint = useEditorSelector(lintFindings)
  const canonical = usePolicyText()
  const [markers, setMarkers] = useState<readonly EditorMarker[]>([])

  useEffect(() => {
    if (!active) return
    const current = draft !== null && isCurrent(draft, policy) && draft.text === text
    if (current && draft.status === 'reading') return
    const own = current ? (draft.diagnostics ?? []).filter((d) => d.range) : []
    // A broken draft's findings are all there is: the document's are about the last good policy.
    const byPath = current ? (draft.status === 'ok' ? lint : []) : all
    let cancelled = false
    const timer = setTimeout(() => {
      const paths = [...new Set(byPath.flatMap((d) => (d.at !== undefined ? [d.at] : [])))]
      // The canonical text's top-level keys are placed here (the empty first screen's finding); the rest by
      // the reader worker.
      const quick = text === canonical ? locateTopLevel(text, paths) : null
      const placed: Promise<Record<string, SourceRange>> =
        paths.length === 0 ? Promise.resolve({}) : quick ? Promise.resolve(quick) : locateInText(text, paths)
      placed.then(
        (where) => {
          if (cancelled) return
          setMarkers([
            ...own.map((d) => toMarker(d, d.range!)),
            ...byPath.flatMap((d) => {
              const range = d.at !== undefined ? where[d.at] : undefined
              return range ? [toMarker(d, range)] : []
            }),
          ])
        },
        // No markers beat wrong ones; the Problems panel and the forms still list every finding.
        () => !cancelled && setMarkers(own.map((d) => toMarker(d, d.range!))),
      )
    }, MARKERS_DELAY_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [active, text, canonical, draft, policy, all, lint])

  return markers
}
