// Reads JSON the way Go's encoding/json scanner does: same grammar, same error wording, duplicate keys kept
// in document order (the strict decoder reports them; the lenient one lets the last win).
import { goQuote } from './gostrings.ts'
import type { MapEntry, Node, Span } from './tree.ts'

export interface JsonReadResult {
  root: Node | null
  error?: { message: string; span: Span }
}

const MAX_DEPTH = 10000

/**
 * quoteChar formats a character the way Go's JSON scanner does in its messages (encoding/json quoteChar:
 * strconv.Quote of the byte read as a rune, so a bad byte 0x80 is '\u0080' and 0x01 is '\x01').
 */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''"
  if (c === '"') return `'"'`
  const q = goQuote(c)
  return "'" + q.slice(1, -1) + "'"
}

function firstUtf8Byte(cp: number): number {
  if (cp < 0x800) return 0xc0 | (cp >> 6)
  if (cp < 0x10000) return 0xe0 | (cp >> 12)
  return 0xf0 | (cp >> 18)
}

class SyntaxFail extends Error {
  readonly offset: number
  constructor(message: string, offset: number) {
    super(message)
    this.offset = offset
  }
}

type Frame =
  | { kind: 'map'; start: number; entries: MapEntry[]; key?: { key: string; span: Span } }
  | { kind: 'seq'; start: number; items: Node[] }

/** readJson parses one JSON value (and nothing after it but whitespace). */
export function readJson(text: string, badBytes?: ReadonlyMap<number, number>): JsonReadResult {
  let i = 0
  const n = text.length
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++
      else break
    }
  }
  const fail = (context: string): never => {
    if (i >= n) throw new SyntaxFail('unexpected end of JSON input', n)
    const cp = text.codePointAt(i)!
    // Go's scanner reports a byte: for a non-ASCII character, the first byte of its UTF-8 form, read as Latin-1.
    const bad = badBytes?.get(i)
    const c =
      bad !== undefined
        ? String.fromCharCode(bad)
        : cp < 0x80
          ? String.fromCharCode(cp)
          : String.fromCharCode(firstUtf8Byte(cp))
    throw new SyntaxFail(`invalid character ${quoteChar(c)} ${context}`, i)
  }

  const readString = (): string => {
    // text[i] === '"'
    i++
    let out = ''
    let pendingHigh = -1
    let chunk = i
    while (true) {
      if (i >= n) throw new SyntaxFail('unexpected end of JSON input', n)
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        out += text.slice(chunk, i)
        i++
        return out
      }
      if (c < 0x20) fail('in string literal')
      if (c === 0x5c) {
        out += text.slice(chunk, i)
        i++
        if (i >= n) throw new SyntaxFail('unexpected end of JSON input', n)
        const e = text[i]!
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        }
        if (e in simple) {
          out += simple[e]
          i++
        } else if (e === 'u') {
          i++
          let code = 0
          for (let k = 0; k < 4; k++) {
            if (i >= n) throw new SyntaxFail('unexpected end of JSON input', n)
            const h = text[i]!
            if (!/[0-9a-fA-F]/.test(h)) fail('in \\u hexadecimal character escape')
            code = code * 16 + parseInt(h, 16)
            i++
          }
          out += String.fromCharCode(code)
          // encoding/json: a surrogate escape that does not pair with the next escape is U+FFFD.
          const last = out.charCodeAt(out.length - 1)
          if (last >= 0xdc00 && last <= 0xdfff) {
            const prev = out.charCodeAt(out.length - 2)
            if (!(prev >= 0xd800 && prev <= 0xdbff && pendingHigh === out.length - 2))
              out = out.slice(0, -1) + '\ufffd'
            pendingHigh = -1
          } else if (last >= 0xd800 && last <= 0xdbff) {
            pendingHigh = out.length - 1
            // Paired only by an immediately following \u escape of a low surrogate.
            if (!/^\\u[dD][c-fC-F][0-9a-fA-F]{2}/.test(text.slice(i, i + 6))) {
              out = out.slice(0, -1) + '\ufffd'
              pendingHigh = -1
            }
          }
        } else {
          fail('in string escape code')
        }
        chunk = i
        continue
      }
      i++
    }
  }

  const readNumber = (): Node => {
    const start = i
    if (text[i] === '-') {
      i++
      if (i >= n) throw new SyntaxFail('unexpected end of JSON input', n)
      if (!/[0-9]/.test(text[i]!)) fail('in numeric literal')
    }
    if (text[i] === '0') i++
    else while (i < n && /[0-9]/.test(text[i]!)) i++
    if (text[i] === '.') {
      i++
      if (i >= n) throw new SyntaxFail('unexpected end of JSON input', n)
      if (!/[0-9]/.test(text[i]!)) fail('after decimal point in numeric literal')
      while (i < n && /[0-9]/.test(text[i]!)) i++
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      if (i >= n) throw new SyntaxFail('unexpected end of JSON input', n)
      if (!/[0-9]/.test(text[i]!)) fail('in exponent of numeric literal')
      while (i < n && /[0-9]/.test(text[i]!)) i++
    }
    const raw = text.slice(start, i)
    return { t: 'num', raw, v: Number(raw), span: [start, i] }
  }

  const readLiteral = (word: string): void => {
    for (let k = 0; k < word.length; k++) {
      if (i >= n) throw new SyntaxFail('unexpected end of JSON input', n)
      if (text[i] !== word[k]) fail(`in literal ${word} (expecting ${quoteChar(word[k]!)})`)
      i++
    }
  }

  const stack: Frame[] = []
  let root: Node | null = null

  // Attaches a finished value to its parent, or makes it the root.
  const emit = (value: Node): void => {
    const top = stack[stack.length - 1]
    if (!top) root = value
    else if (top.kind === 'seq') top.items.push(value)
    else {
      top.entries.push({ key: top.key!.key, keySpan: top.key!.span, value })
      top.key = undefined
    }
  }

  try {
    ws()
    let expectValue = true
    while (true) {
      if (expectValue) {
        if (i >= n) throw new SyntaxFail('unexpected end of JSON input', n)
        const c = text[i]!
        const start = i
        if (c === '{' || c === '[') {
          if (stack.length >= MAX_DEPTH) throw new SyntaxFail('exceeded max depth', i)
          i++
          ws()
          if (c === '{') {
            const frame: Frame = { kind: 'map', start, entries: [] }
            stack.push(frame)
            if (text[i] === '}') {
              i++
              stack.pop()
              emit({ t: 'map', entries: frame.entries, span: [start, i] })
              expectValue = false
            } else {
              if (text[i] !== '"') fail('looking for beginning of object key string')
              const ks = i
              const key = readString()
              frame.key = { key, span: [ks, i] }
              ws()
              if (text[i] !== ':') fail('after object key')
              i++
              ws()
              continue
            }
          } else {
            const frame: Frame = { kind: 'seq', start, items: [] }
            stack.push(frame)
            if (text[i] === ']') {
              i++
              stack.pop()
              emit({ t: 'seq', items: frame.items, span: [start, i] })
              expectValue = false
            } else continue
          }
        } else if (c === '"') {
          const v = readString()
          emit({ t: 'str', v, span: [start, i] })
          expectValue = false
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          emit(readNumber())
          expectValue = false
        } else if (c === 't') {
          readLiteral('true')
          emit({ t: 'bool', v: true, span: [start, i] })
          expectValue = false
        } else if (c === 'f') {
          readLiteral('false')
          emit({ t: 'bool', v: false, span: [start, i] })
          expectValue = false
        } else if (c === 'n') {
          readLiteral('null')
          emit({ t: 'null', span: [start, i] })
          expectValue = false
        } else {
          fail('looking for beginning of value')
        }
      }
      // After a value: close containers or move to the next element.
      ws()
      const top = stack[stack.length - 1]
      if (!top) break
      if (top.kind === 'seq') {
        if (text[i] === ',') {
          i++
          ws()
          expectValue = true
          continue
        }
        if (text[i] === ']') {
          i++
          stack.pop()
          emit({ t: 'seq', items: top.items, span: [top.start, i] })
          continue
        }
        fail('after array element')
      } else {
        if (text[i] === ',') {
          i++
          ws()
          if (text[i] !== '"') fail('looking for beginning of object key string')
          const ks = i
          const key = readString()
          top.key = { key, span: [ks, i] }
          ws()
          if (text[i] !== ':') fail('after object key')
          i++
          ws()
          expectValue = true
          continue
        }
        if (text[i] === '}') {
          i++
          stack.pop()
          emit({ t: 'map', entries: top.entries, span: [top.start, i] })
          continue
        }
        fail('after object key:value pair')
      }
    }
    if (i < n) fail('after top-level value')
    return { root }
  } catch (e) {
    if (e instanceof SyntaxFail)
      return { root: null, error: { message: e.message, span: [e.offset, e.offset + 1] } }
    throw e
  }
}
