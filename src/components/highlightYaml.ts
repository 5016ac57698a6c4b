// A small YAML highlighter for the text shown before Monaco loads (components/HighlightedCode.tsx). It gives
// the token kinds Monaco's own YAML grammar gives (monaco-editor/esm/vs/basic-languages/yaml/yaml.js: keys
// are `type`, values `string`, `number` or `keyword`, `-` and `:` are operators), so nothing changes colour
// when the editor takes over. Hand-written on purpose: it is part of the first screen, where every kilobyte
// counts (a highlighting library with its YAML grammar weighs several times this file).

/** The kinds of token, named after Monaco's token classes. */
export type YamlTokenKind = 'plain' | 'comment' | 'type' | 'string' | 'number' | 'keyword' | 'operator'

export interface YamlToken {
  kind: YamlTokenKind
  text: string
}

const KEYWORDS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~'])
const NUMBER =
  /^(?:[+-]?\d+(?:\.\d+)?(?:e[-+][1-9]\d*)?|0o[0-7]+|0x[0-9a-fA-F]+|[+-]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/
/** A mapping key and its colon: a quoted or plain key, then `:` followed by a space or the end of the line. */
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}[\],][^#]*?)(\s*)(:)(?= |$)/

/** scalarKind tells how Monaco colours a plain (unquoted) scalar. */
function scalarKind(text: string): YamlTokenKind {
  if (KEYWORDS.has(text)) return 'keyword'
  if (NUMBER.test(text)) return 'number'
  return 'string'
}

/** value tokenizes what follows a key, a dash or the indentation: scalars, flow collections and a comment. */
function value(rest: string, out: YamlToken[]): void {
  let i = 0
  while (i < rest.length) {
    const c = rest[i]!
    if (/\s/.test(c)) {
      let j = i
      while (j < rest.length && /\s/.test(rest[j]!)) j++
      out.push({ kind: 'plain', text: rest.slice(i, j) })
      i = j
    } else if (c === '#' && (i === 0 || /\s/.test(rest[i - 1]!))) {
      out.push({ kind: 'comment', text: rest.slice(i) })
      return
    } else if ('[]{},'.includes(c)) {
      out.push({ kind: 'plain', text: c })
      i++
    } else if (c === '"' || c === "'") {
      let j = i + 1
      while (j < rest.length && rest[j] !== c) j += c === '"' && rest[j] === '\\' ? 2 : 1
      j = Math.min(j + 1, rest.length)
      out.push({ kind: 'string', text: rest.slice(i, j) })
      i = j
    } else {
      // A plain scalar runs to a flow delimiter, or to a comment (` #`).
      let j = i
      while (j < rest.length && !'[]{},'.includes(rest[j]!) && !(rest[j] === '#' && /\s/.test(rest[j - 1]!)))
        j++
      let end = j
      while (end > i && /\s/.test(rest[end - 1]!)) end--
      const text = rest.slice(i, end)
      if (/^[-?:]$/.test(text)) out.push({ kind: 'operator', text })
      else out.push({ kind: scalarKind(text), text })
      if (end < j) out.push({ kind: 'plain', text: rest.slice(end, j) })
      i = j
    }
  }
}

/** highlightLine splits one line of YAML into tokens; their texts joined give the line back. */
export function highlightLine(line: string): YamlToken[] {
  const out: YamlToken[] = []
  const indent = /^[ \t]*/.exec(line)![0]
  if (indent) out.push({ kind: 'plain', text: indent })
  let rest = line.slice(indent.length)
  if (rest.startsWith('#')) {
    out.push({ kind: 'comment', text: rest })
    return out
  }
  if (/^(---|\.\.\.)(\s|$)/.test(rest)) {
    out.push({ kind: 'operator', text: rest.slice(0, 3) })
    rest = rest.slice(3)
  }
  // Sequence entries: `- `, possibly several on one line (`- - a`).
  for (let m = /^(-)( +|$)/.exec(rest); m; m = /^(-)( +|$)/.exec(rest)) {
    out.push({ kind: 'operator', text: m[1]! })
    if (m[2]) out.push({ kind: 'plain', text: m[2] })
    rest = rest.slice(m[0].length)
  }
  const key = KEY.exec(rest)
  if (key) {
    out.push({ kind: 'type', text: key[1]! })
    if (key[2]) out.push({ kind: 'plain', text: key[2] })
    out.push({ kind: 'operator', text: ':' })
    rest = rest.slice(key[0].length)
  }
  value(rest, out)
  return out
}

/** highlightYaml splits a YAML text into lines of tokens (lines split at \n; a \r stays plain text). */
export function highlightYaml(text: string): YamlToken[][] {
  return text.split('\n').map(highlightLine)
}
