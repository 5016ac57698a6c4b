// Rule notes live in the YAML as comment lines directly above the rule's `-` line.

/**
 * noteAbove returns the comment block directly above the sequence item that starts at `offset` (no blank
 * line in between, `#` no further right than the item's `-`), one note line per comment line; or undefined.
 */
export function noteAbove(text: string, offset: number): string | undefined {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1
  let before = text.slice(lineStart, offset)
  // The item may start on the line after a lone "-".
  if (/^\s*$/.test(before) && lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1
    const prev = text.slice(prevStart, lineStart - 1)
    if (/^\s*-\s*$/.test(prev)) {
      lineStart = prevStart
      before = prev
    }
  }
  const dash = before.indexOf('-')
  if (dash < 0) return undefined
  const lines: string[] = []
  let end = lineStart - 1
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const line = text.slice(start, end).replace(/\r$/, '')
    const m = /^(\s*)#(.*)$/.exec(line)
    if (!m || m[1]!.length > dash) break
    lines.unshift(m[2]!.startsWith(' ') ? m[2]!.slice(1) : m[2]!)
    end = start - 1
  }
  const note = normalizeNote(lines.join('\n'))
  return note === '' ? undefined : note
}

/** Characters YAML cannot carry in a comment; they are dropped from notes. */
// eslint-disable-next-line no-control-regex
const NOT_IN_COMMENTS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff\ud800-\udfff]/gu

/**
 * normalizeNote splits at every YAML line break, trims trailing spaces per line and blank lines at either end:
 * the form notes are kept in, and one that survives being written as comments.
 */
export function normalizeNote(note: string): string {
  return note
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .map((l) => l.replace(NOT_IN_COMMENTS, '').replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
}
