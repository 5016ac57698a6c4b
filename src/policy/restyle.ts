// Flow-style YAML and JSON policies cannot be patched field by field (textpatch.ts splices block-style lines),
// so before a form edit they are rewritten in block style by the `yaml` library's Document, which keeps the
// comments, the key order, the quoting and the fields the forms do not hold. The result is accepted only when
// our kube-apiserver reading (parse.ts) finds the same policy and the same findings about the text in it, and
// every comment of the text is still there; otherwise null (the caller then writes the policy canonically).
import {
  isCollection,
  isMap,
  isScalar,
  Lexer,
  parseDocument,
  Scalar,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import { parsePolicy } from './parse.ts'
import { serializePolicy } from './serialize.ts'
import type { Policy, Target } from './types.ts'

/** TextStyle: how a policy text is written, as far as form edits are concerned. */
export type TextStyle = 'block' | 'flow' | 'json'

/** needsBlock: a flow collection the line patcher cannot edit (a mapping, or a list of mappings or lists). */
const needsBlock = (node: { flow?: boolean; items: unknown[] }, map: boolean): boolean =>
  !!node.flow && (map || node.items.some((item) => isCollection(item)))

/**
 * textStyle: 'block' when form edits can patch the text line by line (flat lists such as `verbs: [get]` may be
 * flow); 'json' or 'flow' when a mapping or a list of mappings is written in flow style.
 */
export function textStyle(text: string): TextStyle {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false })
  if (doc.errors.length > 0) return 'block'
  let flow = false
  visit(doc, {
    Collection(_, node) {
      if (needsBlock(node, isMap(node))) {
        flow = true
        return visit.BREAK
      }
    },
  })
  if (!flow) return 'block'
  return isCollection(doc.contents) && doc.contents.flow && /^\s*\{\s*("|\})/.test(text) ? 'json' : 'flow'
}

/** A JSON string that reads as the same string when written plain, in YAML 1.1 (go-yaml) and 1.2 alike. */
const PLAIN_SAFE = /^[A-Za-z_/][\w./:@*-]*$/
const YAML11_WORDS = /^(y|yes|n|no|true|false|on|off|null)$/i

/** commentsOf: every comment of a YAML text (its `#…` tokens, trimmed), sorted. */
export function commentsOf(text: string): string[] {
  const out: string[] = []
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) out.push(token.trimEnd())
  return out.sort()
}

/** withoutNotes: the policy's canonical text without notes (a comment above a rule may become its note). */
const withoutNotes = (p: Policy) =>
  serializePolicy({ ...p, rules: p.rules.map((r) => ({ ...r, note: undefined })) })

/** dataOf: the whole value of a YAML text as the `yaml` library reads it (fields the forms do not hold included). */
function dataOf(text: string): string | null {
  try {
    return JSON.stringify(parseDocument(text, { uniqueKeys: false, prettyErrors: false }).toJS())
  } catch {
    return null
  }
}

/**
 * keepInlineComment: a comment on the line a flow mapping ends (`- {level: None} # why`, or after the comma that
 * follows it in a flow list: `{"level": "None"}, # why`) is the mapping's trailing
 * comment, which block style writes on a line of its own under the rule; it goes on the mapping's first line
 * instead (`- level: None # why`), as the comment of its first value, when that value is a scalar without one.
 */
function keepInlineComment(node: YAMLMap | YAMLSeq, text: string): void {
  if (!isMap(node) || !node.comment || !node.range) return
  // The comment follows the mapping on its line, past the comma of a flow list if one comes first
  // (`{"level": "None"}, # why`).
  if (!/^[ \t]*(?:,[ \t]*)?#/.test(text.slice(node.range[1], node.range[1] + 200))) return
  const first = node.items[0]?.value
  if (!isScalar(first) || first.comment) return
  first.comment = node.comment
  node.comment = undefined
}

/**
 * blockStyleText returns `text` (a flow-style or JSON policy) in block style with every comment, key and value
 * kept, or null when that cannot be done faithfully. A JSON text's quotes are dropped where a plain value reads
 * the same; YAML keeps its quoting.
 */
export function blockStyleText(text: string, target: Target): string | null {
  const read = parsePolicy(text, { target })
  if (!read.policy) return null
  const want = withoutNotes(read.policy)
  const data = dataOf(text)
  if (data === null) return null
  const comments = commentsOf(text).join('\n')
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const attempt = (unquote: boolean): string | null => {
    const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false })
    if (doc.errors.length > 0) return null
    // Mappings, and lists of mappings, go block; a list of plain values (`verbs: [get, list]`) stays as written.
    visit(doc, {
      Collection(_, node) {
        if (!needsBlock(node, isMap(node))) return
        node.flow = false
        keepInlineComment(node, text)
      },
      Scalar(_, node) {
        const v = node.value
        if (unquote && node.type === Scalar.QUOTE_DOUBLE && typeof v === 'string')
          if (PLAIN_SAFE.test(v) && !YAML11_WORDS.test(v)) node.type = Scalar.PLAIN
      },
    })
    let out = doc.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false })
    if (eol !== '\n') out = out.replace(/\n/g, eol)
    const back = parsePolicy(out, { target })
    if (!back.policy || withoutNotes(back.policy) !== want) return null
    if (dataOf(out) !== data) return null
    return commentsOf(out).join('\n') === comments ? out : null
  }
  return (textStyle(text) === 'json' ? attempt(true) : null) ?? attempt(false)
}
