// The reading jobs the reader worker runs (and the page runs itself where there are no workers, in tests):
// reading an import, reading the YAML editor's text, and placing field paths in a text. They parse with the
// `yaml` library, about 1.7 MB/s, which is why the page hands them to a worker.
import { importText, type ImportResult } from '../policy/importing.ts'
import { locatePaths } from '../policy/locate.ts'
import { parsePolicy, type ParseResult } from '../policy/parse.ts'
import { decodeFindings, textLayout, type TextLayout } from '../policy/textpatch.ts'
import type { Diagnostic, SourceRange, Target } from '../policy/types.ts'
import type { KubernetesVersion } from '../policy/versions.ts'
import { MAX_RULES } from './storedWork.ts'
import { BIG_TEXT } from './textSync.ts'

/** ReadRequest: one job for the reader. */
export type ReadRequest =
  | { op: 'import'; text: string; target: Target; bytes?: Uint8Array }
  | {
      op: 'draft'
      text: string
      target: Target
      paths: string[]
      kubernetesVersion?: KubernetesVersion
      /** Work out where the rules of a big text sit too (the YAML editor's text: see DraftReading). */
      layout?: boolean
    }
  | { op: 'locate'; text: string; paths: string[] }
  | { op: 'kept'; text: string; target: Target; layout: boolean }

/**
 * ImportReadResult: an import's reading, with where the rules of a big policy text sit (see textReader.ts): the
 * first form edit after the import then reads only the rules it changes.
 */
export type ImportReadResult = ImportResult & { keptLayout?: TextLayout | null }

/** KeptTextReading: what the page needs of the user's kept text (textSync.ts): its findings, where its rules sit. */
export interface KeptTextReading {
  findings: Diagnostic[]
  /** Asked for only when the page does not know it (undefined), null when the rules cannot be read one by one. */
  layout?: TextLayout | null
}

/** DraftReading: the editor's text read as the target reads it, and where the asked-for paths are in it. */
export interface DraftReading {
  parse: ParseResult
  locations: Record<string, SourceRange>
  /**
   * Where the rules of a big text (BIG_TEXT) that reads as a policy sit, when asked for: it comes into the
   * document with the policy, so the first form edit after typing reads only the rules it changes, never the
   * whole text in the page (textSync.ts). Absent when not asked for, small, or not readable rule by rule.
   */
  keptLayout?: { target: Target; layout: TextLayout }
}

/** ReadResponse: what each job returns. */
export type ReadResult = ImportReadResult | DraftReading | Record<string, SourceRange> | KeptTextReading

/**
 * wanted tells whether a reading can go into the document, so where its rules sit is worth working out: a
 * policy within MAX_RULES. Over it the page refuses the text, and laying out 10,000 rules would take several
 * times as long as reading them (and, on a busy machine, past the reader's time limit).
 */
function wanted(policy: { rules: readonly unknown[] } | null | undefined): boolean {
  return !!policy && policy.rules.length <= MAX_RULES
}

/** runReadTask does one job; it never throws on user input (the core does not). */
export function runReadTask(request: ReadRequest): ReadResult {
  switch (request.op) {
    case 'import': {
      const result = importText(request.text, { target: request.target, bytes: request.bytes })
      const text = result.policyText
      if (text === null || text.length < BIG_TEXT || !wanted(result.parse?.policy)) return result
      return { ...result, keptLayout: textLayout(text, request.target) }
    }
    case 'draft': {
      const parse = parsePolicy(request.text, {
        target: request.target,
        kubernetesVersion: request.kubernetesVersion,
      })
      const locations = Object.fromEntries(locatePaths(request.text, request.paths))
      const layout =
        request.layout && wanted(parse.policy) && request.text.length >= BIG_TEXT
          ? textLayout(request.text, request.target)
          : null
      return layout
        ? { parse, locations, keptLayout: { target: request.target, layout } }
        : { parse, locations }
    }
    case 'locate':
      return Object.fromEntries(locatePaths(request.text, request.paths))
    case 'kept':
      return {
        findings: decodeFindings(request.text, request.target),
        layout: request.layout ? textLayout(request.text, request.target) : undefined,
      }
  }
}
