// The Problems panel's model: every finding about the document in one list (the API server's errors, DKP's,
// lint's, the ModuleConfig's), each with where it points and what it would break.
import type { LintFinding } from '../../policy/lintFinding.ts'
import type { Diagnostic, Severity, Target } from '../../policy/types.ts'
import { fieldMessage, hintText } from '../../state/diagnostics.ts'
import type { BlockKind } from '../../i18n/en/verify.ts'
import { diagnosticText } from '../../i18n/ownFindings.ts'

/** Problem: one row of the panel. */
export interface Problem {
  severity: Severity
  message: string
  /** The place in the policy (`rules[2].verbs[0]`), for the form and the YAML; undefined for the ModuleConfig. */
  at?: string
  /** Where the finding is: the policy, or the ModuleConfig settings (spec.… path). */
  place: string
  /** For errors: what they stop from working. */
  block?: BlockKind
  /** For lint findings: the check's id and the fix, when there is an obvious one. */
  lintId?: string
  fix?: LintFinding['fix']
  /**
   * For findings about the YAML editor's text that the forms do not have (a draft that does not read, a key
   * the policy drops): where in the text. Their place is shown in the YAML, not in the forms.
   */
  inText?: { line: number; column: number }
  /** For findings about the ModuleConfig settings: the ModuleConfig path whose control shows the value. */
  inModuleConfig?: string
  /** The reason in plain words where the API server's message does not say it (a version fact). */
  hint?: string
  /** Further sentences, shown on demand (lint's details). */
  details?: readonly string[]
  /** A long list the message refers to, shown on demand. */
  items?: readonly string[]
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** isLintFinding: lint findings carry a stable check id. */
function isLintFinding(d: Diagnostic): d is LintFinding {
  return typeof (d as Partial<LintFinding>).id === 'string'
}

function blockOf(d: Diagnostic, target: Target): BlockKind | undefined {
  if (d.severity !== 'error') return undefined
  if (target === 'kube-apiserver') return 'kube-apiserver'
  return d.source === 'deckhouse' ? 'dkp-secret' : 'dkp-then-kube'
}

/** key: what makes two findings the same finding (the draft's reading repeats the document's). */
const key = (d: Diagnostic) => `${d.severity}|${d.at ?? d.path}|${d.message}`

/** HEADLINE_MAX: a finding's headline fits one line of the list (issue 10: at most 140 characters). */
export const HEADLINE_MAX = 140

/**
 * headlineOf: a message as a headline of at most HEADLINE_MAX characters: whole when it fits, else cut after
 * the last whole word that fits, with "…" (the API server's long messages, e.g. its RFC 1123 rule, quoted
 * whole in the details).
 */
export function headlineOf(message: string): string {
  const flat = message.replace(/\s+/g, ' ')
  if (flat.length <= HEADLINE_MAX) return flat
  const room = flat.slice(0, HEADLINE_MAX)
  const space = room.lastIndexOf(' ')
  const cut = space > HEADLINE_MAX / 2 ? room.slice(0, space) : room.slice(0, HEADLINE_MAX - 1)
  return `${cut.replace(/[\s,;:([-]+$/, '')}…`
}

/**
 * messageOf: the finding's words (our own ones in the active language), without the path prefix the API server
 * puts in front (the row shows the place on its own).
 */
const messageOf = fieldMessage

/** withHeadline: a long message becomes its headline, the whole message the first of its details. */
function withHeadline(p: Problem): Problem {
  const headline = headlineOf(p.message)
  if (headline === p.message) return p
  if (!headline.endsWith('…') || p.message.replace(/\s+/g, ' ') === headline)
    return { ...p, message: headline }
  return { ...p, message: headline, details: [p.message, ...(p.details ?? [])] }
}

/**
 * The row of each finding of the document, for the target it was made for. A big policy's lint findings come
 * back as the same objects while their rules stay as they were (lintOffPage.ts), so an edit words and
 * measures only the rows of the findings it changed.
 */
const rows = new WeakMap<Diagnostic, { target: Target; p: Problem }>()

function policyProblem(d: Diagnostic, target: Target): Problem {
  const known = rows.get(d)
  if (known && known.target === target) return known.p
  const p: Problem = {
    severity: d.severity,
    message: messageOf(d),
    at: d.at ?? d.path,
    place: d.at ?? d.path,
  }
  const block = blockOf(d, target)
  if (block) p.block = block
  if (d.hint) p.hint = hintText(d.hint)
  else if (d.reason) p.hint = d.reason
  if (d.details && d.details.length > 0) p.details = d.details
  if (d.items && d.items.length > 0) p.items = d.items
  if (isLintFinding(d)) {
    p.lintId = d.id
    if (d.fix) p.fix = d.fix
  }
  const row = withHeadline(p)
  rows.set(d, { target, p: row })
  return row
}

/**
 * collectProblems merges the document's findings, the YAML text's own (those the document does not have)
 * and the ModuleConfig's into one list: errors, then warnings, then notes, each group in the order found.
 */
export function collectProblems(
  policyFindings: readonly Diagnostic[],
  moduleConfigFindings: readonly Diagnostic[],
  target: Target,
  textFindings: readonly Diagnostic[] = [],
): Problem[] {
  const out: Problem[] = []
  const known = textFindings.length === 0 ? null : new Set(policyFindings.map(key))
  for (const d of textFindings) {
    if (known!.has(key(d))) continue
    const p: Problem = { severity: d.severity, message: messageOf(d), place: d.at ?? d.path }
    if (d.at !== undefined) p.at = d.at
    if (d.range) p.inText = { line: d.range.start.line, column: d.range.start.column }
    out.push(withHeadline(p))
  }
  for (const d of policyFindings) out.push(policyProblem(d, target))
  for (const d of moduleConfigFindings) {
    const p: Problem = {
      severity: d.severity,
      message: diagnosticText(d),
      place: d.path,
      inModuleConfig: d.path,
    }
    if (d.severity === 'error') p.block = 'dkp-moduleconfig'
    out.push(withHeadline(p))
  }
  // Errors, warnings, notes; each in the order found.
  const bySeverity: Problem[][] = [[], [], []]
  for (const p of out) bySeverity[ORDER[p.severity]]!.push(p)
  return bySeverity.flat()
}
