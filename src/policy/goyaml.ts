// go-yaml v2's reader, scanner and parser (github.com/go-yaml/yaml branch v2, v2.4.4 as go.yaml.in/yaml/v2:
// readerc.go, scannerc.go, parserc.go, and decode.go's node builder), ported function by function. Hand-written
// because exactness is the point: kube-apiserver reads a policy with this code (through sigs.k8s.io/yaml), and
// which texts it refuses, where its only document ends and how it words an error follow from libyaml's state
// machine (simple keys, indentation stack, the tokens it fetches ahead), which no YAML 1.2 library reproduces.
// Positions are kept as JS string offsets beside go-yaml's own marks (index and column in characters, lines
// counted at CR, LF, CRLF, NEL, LS and PS).
// The near-repeats inside (blockSequenceEntry ~ blockMappingKey ~ blockMappingValue, the flow twins, the scanner's
// fetch* functions) are go-yaml's own: each function stays the twin of its Go original, so a reader can check it
// line by line against parserc.go and scannerc.go; folding them together would make that check impossible.

/** A position: `off` in the JS string; `index`, `line`, `column` as go-yaml counts them (characters, 0-based). */
export interface Mark {
  off: number
  index: number
  line: number
  column: number
}

/** Go's node kinds (decode.go): the first document's root and everything under it. */
export type GoNode =
  | {
      kind: 'scalar'
      value: string
      tag: string
      implicit: boolean
      /** The scalar's style: plain, quoted ('single', 'double') or block ('literal', 'folded'). */
      style: 'plain' | 'single' | 'double' | 'literal' | 'folded'
      start: Mark
      end: Mark
    }
  | { kind: 'seq'; tag: string; children: GoNode[]; start: Mark; end: Mark }
  | { kind: 'map'; tag: string; children: GoNode[]; start: Mark; end: Mark }
  | { kind: 'alias'; name: string; target: GoNode; start: Mark; end: Mark }

/** A failure as go-yaml's Unmarshal reports it (without the "yaml: " prefix), and where it happened. */
export class GoYamlError extends Error {
  readonly offset: number | undefined
  constructor(message: string, offset?: number) {
    super(message)
    this.offset = offset
  }
}

type TokenType =
  | 'STREAM-START'
  | 'STREAM-END'
  | 'VERSION-DIRECTIVE'
  | 'TAG-DIRECTIVE'
  | 'DOCUMENT-START'
  | 'DOCUMENT-END'
  | 'BLOCK-SEQUENCE-START'
  | 'BLOCK-MAPPING-START'
  | 'BLOCK-END'
  | 'FLOW-SEQUENCE-START'
  | 'FLOW-SEQUENCE-END'
  | 'FLOW-MAPPING-START'
  | 'FLOW-MAPPING-END'
  | 'BLOCK-ENTRY'
  | 'FLOW-ENTRY'
  | 'KEY'
  | 'VALUE'
  | 'ALIAS'
  | 'ANCHOR'
  | 'TAG'
  | 'SCALAR'

interface Token {
  type: TokenType
  start: Mark
  end: Mark
  value?: string
  suffix?: string
  prefix?: string
  style?: 'plain' | 'single' | 'double' | 'literal' | 'folded'
  major?: number
  minor?: number
}

interface SimpleKey {
  possible: boolean
  required: boolean
  tokenNumber: number
  mark: Mark
}

/** Thrown inside the scanner/parser to unwind; carries libyaml's error fields. */
class Stop {
  readonly kind: 'reader' | 'scanner' | 'parser'
  readonly problem: string
  readonly problemMark: Mark | undefined
  readonly contextMark: Mark | undefined
  constructor(
    kind: 'reader' | 'scanner' | 'parser',
    problem: string,
    problemMark: Mark | undefined,
    contextMark: Mark | undefined,
  ) {
    this.kind = kind
    this.problem = problem
    this.problemMark = problemMark
    this.contextMark = contextMark
  }
}

const RAW_BUFFER = 512
const MAX_FLOW_LEVEL = 10000
const MAX_INDENTS = 10000

const isAlpha = (c: string) =>
  (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_' || c === '-'
const isDigit = (c: string) => c >= '0' && c <= '9'
const isHex = (c: string) => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')
const isBreak = (c: string) => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029'
const isZ = (c: string) => c === '\0'
const isBlank = (c: string) => c === ' ' || c === '\t'
const isBreakZ = (c: string) => isBreak(c) || isZ(c)
const isBlankZ = (c: string) => isBlank(c) || isBreakZ(c)

/** The reader's printable check (readerc.go): what passes into the buffer. */
function readerAllows(cp: number): boolean {
  return (
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  )
}

export interface GoYamlInput {
  /** The decoded text (a UTF-8 BOM at the start is kept in it, as bytes.ts keeps it). */
  text: string
  /** The bytes were UTF-16 (their BOM is not in `text`). */
  utf16?: boolean
  /** The reader's error and the text offset where it stops decoding (bytes.ts). */
  readerError?: { message: string; offset: number }
}

/**
 * Scanner: yaml_parser_t's reading and scanning half. The reader is simulated in its buffer windows (512 raw
 * bytes a read) because the scanner's BOM check looks at the start of the buffer, not at the current position.
 */
class Scanner {
  private readonly text: string
  private readonly readerError: GoYamlInput['readerError']
  private readonly utf16: boolean
  // Reader state.
  private pos: number
  private decodedEnd: number
  private bufStart: number
  private unread = 0
  private inputLen: number
  private inputPos = 0
  private rawDecoded: number
  private eof = false
  // Scanner state.
  mark: Mark
  private tokens: Token[] = []
  private head = 0
  tokensParsed = 0
  private tokenAvailable = false
  private streamStartProduced = false
  streamEndProduced = false
  private indent = -1
  private indents: number[] = []
  private simpleKeyAllowed = false
  private simpleKeys: SimpleKey[] = []
  private simpleKeysByTok = new Map<number, number>()
  private flowLevel = 0

  constructor(input: GoYamlInput) {
    this.text = input.text
    this.readerError = input.readerError
    this.utf16 = input.utf16 === true
    const bom = !this.utf16 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0
    this.pos = bom
    this.decodedEnd = bom
    this.bufStart = bom
    this.mark = { off: bom, index: 0, line: 0, column: 0 }
    this.inputLen = this.rawLength(0, this.text.length) + (this.utf16 ? 2 : 0)
    // determine_encoding: reads until 3 bytes are there, then skips the BOM.
    this.inputPos = Math.min(RAW_BUFFER, this.inputLen)
    if (this.inputLen < 3) this.eof = true
    this.rawDecoded = this.utf16 ? 2 : bom ? 3 : 0
  }

  private rawWidth(at: number): number {
    const c = this.text.codePointAt(at)!
    if (this.utf16) return c > 0xffff ? 4 : 2
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c <= 0xffff ? 3 : 4
  }

  private rawLength(from: number, to: number): number {
    let n = 0
    for (let i = from; i < to; i += this.text.codePointAt(i)! > 0xffff ? 2 : 1) n += this.rawWidth(i)
    return n
  }

  private readerFail(problem: string): never {
    throw new Stop('reader', problem, undefined, undefined)
  }

  /** yaml_parser_update_raw_buffer */
  private updateRaw(): void {
    const rawLen = this.inputPos - this.rawDecoded
    if (rawLen === RAW_BUFFER) return
    if (this.eof) return
    if (this.inputPos === this.inputLen) {
      this.eof = true
      return
    }
    this.inputPos += Math.min(RAW_BUFFER - rawLen, this.inputLen - this.inputPos)
  }

  /** yaml_parser_update_buffer */
  private update(length: number): void {
    if (this.unread >= length) return
    this.bufStart = this.pos
    let first = true
    while (this.unread < length) {
      if (!first || this.rawDecoded === this.inputPos) this.updateRaw()
      first = false
      while (this.rawDecoded < this.inputPos) {
        const at = this.decodedEnd
        if (this.readerError && at >= this.readerError.offset) {
          // An incomplete sequence is an error only once the input has ended (until then the reader waits for
          // more bytes); the other reader errors are raised when the decoder meets them.
          if (!this.readerError.message.startsWith('incomplete') || this.eof)
            this.readerFail(this.readerError.message)
          break
        }
        if (at >= this.text.length) break
        const w = this.rawWidth(at)
        if (w > this.inputPos - this.rawDecoded) {
          if (this.eof) this.readerFail('incomplete UTF-8 octet sequence')
          break
        }
        const cp = this.text.codePointAt(at)!
        if (!readerAllows(cp) || (cp >= 0xd800 && cp <= 0xdfff))
          this.readerFail('control characters are not allowed')
        this.rawDecoded += w
        this.decodedEnd += cp > 0xffff ? 2 : 1
        this.unread++
      }
      if (this.eof) {
        this.unread++
        break
      }
    }
  }

  private cache(length: number): void {
    if (this.unread < length) this.update(length)
  }

  /** The k-th character from the current position ('\0' past the decoded text); astral ones as their first unit. */
  private at(k = 0): string {
    let p = this.pos
    for (let i = 0; i < k; i++) {
      if (p >= this.decodedEnd) return '\0'
      p += this.text.codePointAt(p)! > 0xffff ? 2 : 1
    }
    return p < this.decodedEnd ? this.text[p]! : '\0'
  }

  private char(): string {
    const cp = this.text.codePointAt(this.pos)!
    return String.fromCodePoint(cp)
  }

  private skip(): void {
    // Marks are copied wherever they are kept, so the current one may change in place.
    this.mark.index++
    this.mark.column++
    this.unread--
    this.pos += this.text.codePointAt(this.pos)! > 0xffff ? 2 : 1
    this.mark.off = this.pos
  }

  private skipLine(): void {
    if (this.at(0) === '\r' && this.at(1) === '\n') {
      this.mark = { off: this.pos + 2, index: this.mark.index + 2, line: this.mark.line + 1, column: 0 }
      this.unread -= 2
      this.pos += 2
    } else if (isBreak(this.at(0))) {
      this.mark = { off: this.pos + 1, index: this.mark.index + 1, line: this.mark.line + 1, column: 0 }
      this.unread--
      this.pos += 1
    }
  }

  private read(s: string[]): void {
    s.push(this.char())
    this.skip()
  }

  /** read_line: a line break into `s` (CR, LF, CRLF and NEL as "\n"; LS and PS as themselves). */
  private readLine(s: string[]): void {
    const c = this.at(0)
    if (c === '\r' && this.at(1) === '\n') {
      s.push('\n')
      this.pos += 2
      this.mark = { off: this.pos, index: this.mark.index + 2, line: this.mark.line + 1, column: 0 }
      this.unread -= 2
      return
    }
    if (c === '\r' || c === '\n' || c === '\u0085') s.push('\n')
    else if (c === '\u2028' || c === '\u2029') s.push(c)
    else return
    this.pos += 1
    this.mark = { off: this.pos, index: this.mark.index + 1, line: this.mark.line + 1, column: 0 }
    this.unread--
  }

  private copy(): Mark {
    return { ...this.mark }
  }

  private error(context: Mark | undefined, problem: string): never {
    throw new Stop('scanner', problem, this.copy(), context)
  }

  // --- tokens queue ---

  private insert(pos: number, token: Token): void {
    if (pos < 0) this.tokens.push(token)
    else this.tokens.splice(this.head + pos, 0, token)
  }

  /** peek_token */
  peek(): Token {
    if (!this.tokenAvailable) this.fetchMore()
    return this.tokens[this.head]!
  }

  /** skip_token */
  skipToken(): void {
    this.tokenAvailable = false
    this.tokensParsed++
    this.streamEndProduced = this.tokens[this.head]!.type === 'STREAM-END'
    this.head++
    if (this.head > 64 && this.head * 2 > this.tokens.length) {
      this.tokens = this.tokens.slice(this.head)
      this.head = 0
    }
  }

  private fetchMore(): void {
    for (;;) {
      if (this.head !== this.tokens.length) {
        const idx = this.simpleKeysByTok.get(this.tokensParsed)
        if (idx === undefined) break
        if (!this.simpleKeyIsValid(this.simpleKeys[idx]!)) break
      }
      this.fetchNext()
    }
    this.tokenAvailable = true
  }

  private fetchNext(): void {
    this.cache(1)
    if (!this.streamStartProduced) {
      this.fetchStreamStart()
      return
    }
    this.scanToNextToken()
    this.unrollIndent(this.mark.column)
    this.cache(4)
    const c = this.at(0)
    if (isZ(c)) return this.fetchStreamEnd()
    if (this.mark.column === 0 && c === '%') return this.fetchDirective()
    if (
      this.mark.column === 0 &&
      c === '-' &&
      this.at(1) === '-' &&
      this.at(2) === '-' &&
      isBlankZ(this.at(3))
    )
      return this.fetchDocumentIndicator('DOCUMENT-START')
    if (
      this.mark.column === 0 &&
      c === '.' &&
      this.at(1) === '.' &&
      this.at(2) === '.' &&
      isBlankZ(this.at(3))
    )
      return this.fetchDocumentIndicator('DOCUMENT-END')
    if (c === '[') return this.fetchFlowCollectionStart('FLOW-SEQUENCE-START')
    if (c === '{') return this.fetchFlowCollectionStart('FLOW-MAPPING-START')
    if (c === ']') return this.fetchFlowCollectionEnd('FLOW-SEQUENCE-END')
    if (c === '}') return this.fetchFlowCollectionEnd('FLOW-MAPPING-END')
    if (c === ',') return this.fetchFlowEntry()
    if (c === '-' && isBlankZ(this.at(1))) return this.fetchBlockEntry()
    if (c === '?' && (this.flowLevel > 0 || isBlankZ(this.at(1)))) return this.fetchKey()
    if (c === ':' && (this.flowLevel > 0 || isBlankZ(this.at(1)))) return this.fetchValue()
    if (c === '*') return this.fetchAnchor('ALIAS')
    if (c === '&') return this.fetchAnchor('ANCHOR')
    if (c === '!') return this.fetchTag()
    if (c === '|' && this.flowLevel === 0) return this.fetchBlockScalar(true)
    if (c === '>' && this.flowLevel === 0) return this.fetchBlockScalar(false)
    if (c === "'") return this.fetchFlowScalar(true)
    if (c === '"') return this.fetchFlowScalar(false)
    if (
      !(isBlankZ(c) || '-?:,[]{}#&*!|>\'"%@`'.includes(c)) ||
      (c === '-' && !isBlank(this.at(1))) ||
      (this.flowLevel === 0 && (c === '?' || c === ':') && !isBlankZ(this.at(1)))
    )
      return this.fetchPlainScalar()
    this.error(this.copy(), 'found character that cannot start any token')
  }

  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false
    if (key.mark.line < this.mark.line || key.mark.index + 1024 < this.mark.index) {
      if (key.required) this.error(key.mark, "could not find expected ':'")
      key.possible = false
      return false
    }
    return true
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.mark.column
    if (this.simpleKeyAllowed) {
      const key: SimpleKey = {
        possible: true,
        required,
        tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
        mark: this.copy(),
      }
      this.removeSimpleKey()
      this.simpleKeys[this.simpleKeys.length - 1] = key
      this.simpleKeysByTok.set(key.tokenNumber, this.simpleKeys.length - 1)
    }
  }

  private removeSimpleKey(): void {
    const i = this.simpleKeys.length - 1
    const key = this.simpleKeys[i]!
    if (key.possible) {
      if (key.required) this.error(key.mark, "could not find expected ':'")
      key.possible = false
      this.simpleKeysByTok.delete(key.tokenNumber)
    }
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({
      possible: false,
      required: false,
      tokenNumber: this.tokensParsed + (this.tokens.length - this.head),
      mark: this.copy(),
    })
    this.flowLevel++
    if (this.flowLevel > MAX_FLOW_LEVEL)
      this.error(this.simpleKeys[this.simpleKeys.length - 1]!.mark, `exceeded max depth of ${MAX_FLOW_LEVEL}`)
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel > 0) {
      this.flowLevel--
      const last = this.simpleKeys.pop()!
      this.simpleKeysByTok.delete(last.tokenNumber)
    }
  }

  private rollIndent(column: number, number: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0) return
    if (this.indent < column) {
      this.indents.push(this.indent)
      this.indent = column
      if (this.indents.length > MAX_INDENTS)
        this.error(this.simpleKeys[this.simpleKeys.length - 1]!.mark, `exceeded max depth of ${MAX_INDENTS}`)
      const token: Token = { type, start: mark, end: mark }
      if (number > -1) number -= this.tokensParsed
      this.insert(number, token)
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return
    while (this.indent > column) {
      this.insert(-1, { type: 'BLOCK-END', start: this.copy(), end: this.copy() })
      this.indent = this.indents.pop()!
    }
  }

  private fetchStreamStart(): void {
    this.indent = -1
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: this.copy() })
    this.simpleKeyAllowed = true
    this.streamStartProduced = true
    this.insert(-1, { type: 'STREAM-START', start: this.copy(), end: this.copy() })
  }

  private fetchStreamEnd(): void {
    if (this.mark.column !== 0) {
      this.mark = { ...this.mark, column: 0, line: this.mark.line + 1 }
    }
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, { type: 'STREAM-END', start: this.copy(), end: this.copy() })
  }

  private fetchDirective(): void {
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, this.scanDirective())
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1)
    this.removeSimpleKey()
    this.simpleKeyAllowed = false
    const start = this.copy()
    this.skip()
    this.skip()
    this.skip()
    this.insert(-1, { type, start, end: this.copy() })
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey()
    this.increaseFlowLevel()
    this.simpleKeyAllowed = true
    const start = this.copy()
    this.skip()
    this.insert(-1, { type, start, end: this.copy() })
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey()
    this.decreaseFlowLevel()
    this.simpleKeyAllowed = false
    const start = this.copy()
    this.skip()
    this.insert(-1, { type, start, end: this.copy() })
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey()
    this.simpleKeyAllowed = true
    const start = this.copy()
    this.skip()
    this.insert(-1, { type: 'FLOW-ENTRY', start, end: this.copy() })
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed)
        this.error(this.copy(), 'block sequence entries are not allowed in this context')
      this.rollIndent(this.mark.column, -1, 'BLOCK-SEQUENCE-START', this.copy())
    }
    this.removeSimpleKey()
    this.simpleKeyAllowed = true
    const start = this.copy()
    this.skip()
    this.insert(-1, { type: 'BLOCK-ENTRY', start, end: this.copy() })
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.error(this.copy(), 'mapping keys are not allowed in this context')
      this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', this.copy())
    }
    this.removeSimpleKey()
    this.simpleKeyAllowed = this.flowLevel === 0
    const start = this.copy()
    this.skip()
    this.insert(-1, { type: 'KEY', start, end: this.copy() })
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]!
    if (this.simpleKeyIsValid(key)) {
      this.insert(key.tokenNumber - this.tokensParsed, { type: 'KEY', start: key.mark, end: key.mark })
      this.rollIndent(key.mark.column, key.tokenNumber, 'BLOCK-MAPPING-START', key.mark)
      key.possible = false
      this.simpleKeysByTok.delete(key.tokenNumber)
      this.simpleKeyAllowed = false
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.error(this.copy(), 'mapping values are not allowed in this context')
        this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', this.copy())
      }
      this.simpleKeyAllowed = this.flowLevel === 0
    }
    const start = this.copy()
    this.skip()
    this.insert(-1, { type: 'VALUE', start, end: this.copy() })
  }

  private fetchAnchor(type: TokenType): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, this.scanAnchor(type))
  }

  private fetchTag(): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, this.scanTag())
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey()
    this.simpleKeyAllowed = true
    this.insert(-1, this.scanBlockScalar(literal))
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, this.scanFlowScalar(single))
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey()
    this.simpleKeyAllowed = false
    this.insert(-1, this.scanPlainScalar())
  }

  private isBomAtBufferStart(): boolean {
    return this.bufStart < this.decodedEnd && this.text.charCodeAt(this.bufStart) === 0xfeff
  }

  private scanToNextToken(): void {
    for (;;) {
      this.cache(1)
      // go-yaml's is_bom looks at the start of its buffer, not at the current position.
      if (this.mark.column === 0 && this.isBomAtBufferStart()) this.skip()
      this.cache(1)
      while (this.at() === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.at() === '\t')) {
        this.skip()
        this.cache(1)
      }
      if (this.at() === '#') {
        while (!isBreakZ(this.at())) {
          this.skip()
          this.cache(1)
        }
      }
      if (isBreak(this.at())) {
        this.cache(2)
        this.skipLine()
        if (this.flowLevel === 0) this.simpleKeyAllowed = true
      } else break
    }
  }

  private scanDirective(): Token {
    const start = this.copy()
    this.skip()
    const name = this.scanDirectiveName(start)
    let token: Token
    if (name === 'YAML') {
      const [major, minor] = this.scanVersionDirectiveValue(start)
      token = { type: 'VERSION-DIRECTIVE', start, end: this.copy(), major, minor }
    } else if (name === 'TAG') {
      const [handle, prefix] = this.scanTagDirectiveValue(start)
      token = { type: 'TAG-DIRECTIVE', start, end: this.copy(), value: handle, prefix }
    } else {
      this.error(start, 'found unknown directive name')
    }
    this.cache(1)
    while (isBlank(this.at())) {
      this.skip()
      this.cache(1)
    }
    if (this.at() === '#') {
      while (!isBreakZ(this.at())) {
        this.skip()
        this.cache(1)
      }
    }
    if (!isBreakZ(this.at())) this.error(start, 'did not find expected comment or line break')
    if (isBreak(this.at())) {
      this.cache(2)
      this.skipLine()
    }
    return token
  }

  private scanDirectiveName(start: Mark): string {
    this.cache(1)
    const s: string[] = []
    while (isAlpha(this.at())) {
      this.read(s)
      this.cache(1)
    }
    if (s.length === 0) this.error(start, 'could not find expected directive name')
    if (!isBlankZ(this.at())) this.error(start, 'found unexpected non-alphabetical character')
    return s.join('')
  }

  private scanVersionDirectiveValue(start: Mark): [number, number] {
    this.cache(1)
    while (isBlank(this.at())) {
      this.skip()
      this.cache(1)
    }
    const major = this.scanVersionDirectiveNumber(start)
    if (this.at() !== '.') this.error(start, "did not find expected digit or '.' character")
    this.skip()
    const minor = this.scanVersionDirectiveNumber(start)
    return [major, minor]
  }

  private scanVersionDirectiveNumber(start: Mark): number {
    this.cache(1)
    let value = 0
    let length = 0
    while (isDigit(this.at())) {
      length++
      if (length > 2) this.error(start, 'found extremely long version number')
      value = value * 10 + Number(this.at())
      this.skip()
      this.cache(1)
    }
    if (length === 0) this.error(start, 'did not find expected version number')
    return value
  }

  private scanTagDirectiveValue(start: Mark): [string, string] {
    this.cache(1)
    while (isBlank(this.at())) {
      this.skip()
      this.cache(1)
    }
    const handle = this.scanTagHandle(true, start)
    this.cache(1)
    if (!isBlank(this.at())) this.error(start, 'did not find expected whitespace')
    while (isBlank(this.at())) {
      this.skip()
      this.cache(1)
    }
    const prefix = this.scanTagUri(true, '', start)
    this.cache(1)
    if (!isBlankZ(this.at())) this.error(start, 'did not find expected whitespace or line break')
    return [handle, prefix]
  }

  private scanAnchor(type: TokenType): Token {
    const s: string[] = []
    const start = this.copy()
    this.skip()
    this.cache(1)
    while (isAlpha(this.at())) {
      this.read(s)
      this.cache(1)
    }
    const end = this.copy()
    const c = this.at()
    if (s.length === 0 || !(isBlankZ(c) || '?:,]}%@`'.includes(c)))
      this.error(start, 'did not find expected alphabetic or numeric character')
    return { type, start, end, value: s.join('') }
  }

  private scanTag(): Token {
    let handle: string
    let suffix: string
    const start = this.copy()
    this.cache(2)
    if (this.at(1) === '<') {
      handle = ''
      this.skip()
      this.skip()
      suffix = this.scanTagUri(false, '', start)
      if (this.at() !== '>') this.error(start, "did not find the expected '>'")
      this.skip()
    } else {
      handle = this.scanTagHandle(false, start)
      if (handle[0] === '!' && handle.length > 1 && handle[handle.length - 1] === '!') {
        suffix = this.scanTagUri(false, '', start)
      } else {
        suffix = this.scanTagUri(false, handle, start)
        handle = '!'
        if (suffix.length === 0) [handle, suffix] = [suffix, handle]
      }
    }
    this.cache(1)
    if (!isBlankZ(this.at())) this.error(start, 'did not find expected whitespace or line break')
    return { type: 'TAG', start, end: this.copy(), value: handle, suffix }
  }

  private scanTagHandle(directive: boolean, start: Mark): string {
    this.cache(1)
    if (this.at() !== '!') this.error(start, "did not find expected '!'")
    const s: string[] = []
    this.read(s)
    this.cache(1)
    while (isAlpha(this.at())) {
      this.read(s)
      this.cache(1)
    }
    if (this.at() === '!') this.read(s)
    else if (directive && s.join('') !== '!') this.error(start, "did not find expected '!'")
    return s.join('')
  }

  private scanTagUri(directive: boolean, head: string, start: Mark): string {
    const bytes: number[] = []
    const enc = new TextEncoder()
    let hasTag = head.length > 0
    if (head.length > 1) bytes.push(...enc.encode(head.slice(1)))
    this.cache(1)
    while (isAlpha(this.at()) || (";/?:@&=+$,.!~*'()[]%".includes(this.at()) && this.at() !== '\0')) {
      if (this.at() === '%') this.scanUriEscapes(directive, start, bytes)
      else {
        bytes.push(...enc.encode(this.char()))
        this.skip()
      }
      this.cache(1)
      hasTag = true
    }
    if (!hasTag) this.error(start, 'did not find expected tag URI')
    return new TextDecoder().decode(new Uint8Array(bytes))
  }

  private scanUriEscapes(_directive: boolean, start: Mark, bytes: number[]): void {
    let w = 1024
    while (w > 0) {
      this.cache(3)
      if (!(this.at() === '%' && isHex(this.at(1)) && isHex(this.at(2))))
        this.error(start, 'did not find URI escaped octet')
      const octet = parseInt(this.at(1) + this.at(2), 16)
      if (w === 1024) {
        w =
          (octet & 0x80) === 0
            ? 1
            : (octet & 0xe0) === 0xc0
              ? 2
              : (octet & 0xf0) === 0xe0
                ? 3
                : (octet & 0xf8) === 0xf0
                  ? 4
                  : 0
        if (w === 0) this.error(start, 'found an incorrect leading UTF-8 octet')
      } else if ((octet & 0xc0) !== 0x80) this.error(start, 'found an incorrect trailing UTF-8 octet')
      bytes.push(octet)
      this.skip()
      this.skip()
      this.skip()
      w--
    }
  }

  private scanBlockScalar(literal: boolean): Token {
    const start = this.copy()
    this.skip()
    this.cache(1)
    let chomping = 0
    let increment = 0
    if (this.at() === '+' || this.at() === '-') {
      chomping = this.at() === '+' ? 1 : -1
      this.skip()
      this.cache(1)
      if (isDigit(this.at())) {
        if (this.at() === '0') this.error(start, 'found an indentation indicator equal to 0')
        increment = Number(this.at())
        this.skip()
      }
    } else if (isDigit(this.at())) {
      if (this.at() === '0') this.error(start, 'found an indentation indicator equal to 0')
      increment = Number(this.at())
      this.skip()
      this.cache(1)
      if (this.at() === '+' || this.at() === '-') {
        chomping = this.at() === '+' ? 1 : -1
        this.skip()
      }
    }
    this.cache(1)
    while (isBlank(this.at())) {
      this.skip()
      this.cache(1)
    }
    if (this.at() === '#') {
      while (!isBreakZ(this.at())) {
        this.skip()
        this.cache(1)
      }
    }
    if (!isBreakZ(this.at())) this.error(start, 'did not find expected comment or line break')
    if (isBreak(this.at())) {
      this.cache(2)
      this.skipLine()
    }
    const endRef = { end: this.copy() }
    const indentRef = { indent: 0 }
    if (increment > 0) indentRef.indent = this.indent >= 0 ? this.indent + increment : increment
    const s: string[] = []
    let leadingBreak: string[] = []
    let trailingBreaks: string[] = []
    this.scanBlockScalarBreaks(indentRef, trailingBreaks, start, endRef)
    this.cache(1)
    let leadingBlank = false
    let trailingBlank = false
    while (this.mark.column === indentRef.indent && !isZ(this.at())) {
      trailingBlank = isBlank(this.at())
      if (
        !literal &&
        !leadingBlank &&
        !trailingBlank &&
        leadingBreak.length > 0 &&
        leadingBreak[0] === '\n'
      ) {
        if (trailingBreaks.length === 0) s.push(' ')
      } else s.push(...leadingBreak)
      leadingBreak = []
      s.push(...trailingBreaks)
      trailingBreaks = []
      leadingBlank = isBlank(this.at())
      const lineStart = this.pos
      while (!isBreakZ(this.at())) {
        this.skip()
        this.cache(1)
      }
      s.push(this.text.slice(lineStart, this.pos))
      this.cache(2)
      this.readLine(leadingBreak)
      this.scanBlockScalarBreaks(indentRef, trailingBreaks, start, endRef)
    }
    if (chomping !== -1) s.push(...leadingBreak)
    if (chomping === 1) s.push(...trailingBreaks)
    return {
      type: 'SCALAR',
      start,
      end: endRef.end,
      value: s.join(''),
      style: literal ? 'literal' : 'folded',
    }
  }

  private scanBlockScalarBreaks(
    indentRef: { indent: number },
    breaks: string[],
    start: Mark,
    endRef: { end: Mark },
  ): void {
    endRef.end = this.copy()
    let maxIndent = 0
    for (;;) {
      this.cache(1)
      while ((indentRef.indent === 0 || this.mark.column < indentRef.indent) && this.at() === ' ') {
        this.skip()
        this.cache(1)
      }
      if (this.mark.column > maxIndent) maxIndent = this.mark.column
      if ((indentRef.indent === 0 || this.mark.column < indentRef.indent) && this.at() === '\t')
        this.error(start, 'found a tab character where an indentation space is expected')
      if (!isBreak(this.at())) break
      this.cache(2)
      this.readLine(breaks)
      endRef.end = this.copy()
    }
    if (indentRef.indent === 0) {
      indentRef.indent = maxIndent
      if (indentRef.indent < this.indent + 1) indentRef.indent = this.indent + 1
      if (indentRef.indent < 1) indentRef.indent = 1
    }
  }

  private scanFlowScalar(single: boolean): Token {
    const start = this.copy()
    this.skip()
    const s: string[] = []
    let leadingBreak: string[] = []
    let trailingBreaks: string[] = []
    let whitespaces: string[] = []
    for (;;) {
      this.cache(4)
      if (
        this.mark.column === 0 &&
        ((this.at(0) === '-' && this.at(1) === '-' && this.at(2) === '-') ||
          (this.at(0) === '.' && this.at(1) === '.' && this.at(2) === '.')) &&
        isBlankZ(this.at(3))
      )
        this.error(start, 'found unexpected document indicator')
      if (isZ(this.at())) this.error(start, 'found unexpected end of stream')
      let leadingBlanks = false
      while (!isBlankZ(this.at())) {
        const c = this.at()
        if (single && c === "'" && this.at(1) === "'") {
          s.push("'")
          this.skip()
          this.skip()
        } else if (single && c === "'") break
        else if (!single && c === '"') break
        else if (!single && c === '\\' && isBreak(this.at(1))) {
          this.cache(3)
          this.skip()
          this.skipLine()
          leadingBlanks = true
          break
        } else if (!single && c === '\\') {
          let codeLength = 0
          const e = this.at(1)
          const simple: Record<string, string> = {
            '0': '\0',
            a: '\x07',
            b: '\x08',
            t: '\t',
            '\t': '\t',
            n: '\n',
            v: '\x0b',
            f: '\x0c',
            r: '\r',
            e: '\x1b',
            ' ': ' ',
            '"': '"',
            "'": "'",
            '\\': '\\',
            N: '\u0085',
            _: '\u00a0',
            L: '\u2028',
            P: '\u2029',
          }
          if (e === 'x') codeLength = 2
          else if (e === 'u') codeLength = 4
          else if (e === 'U') codeLength = 8
          else if (e in simple) s.push(simple[e]!)
          else this.error(start, 'found unknown escape character')
          this.skip()
          this.skip()
          if (codeLength > 0) {
            this.cache(codeLength)
            let value = 0
            for (let k = 0; k < codeLength; k++) {
              if (!isHex(this.at(k))) this.error(start, 'did not find expected hexdecimal number')
              value = value * 16 + parseInt(this.at(k), 16)
            }
            if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff)
              this.error(start, 'found invalid Unicode character escape code')
            s.push(String.fromCodePoint(value))
            for (let k = 0; k < codeLength; k++) this.skip()
          }
        } else this.read(s)
        this.cache(2)
      }
      this.cache(1)
      if (single ? this.at() === "'" : this.at() === '"') break
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) {
          if (!leadingBlanks) this.read(whitespaces)
          else this.skip()
        } else {
          this.cache(2)
          if (!leadingBlanks) {
            whitespaces = []
            this.readLine(leadingBreak)
            leadingBlanks = true
          } else this.readLine(trailingBreaks)
        }
        this.cache(1)
      }
      if (leadingBlanks) {
        if (leadingBreak.length > 0 && leadingBreak[0] === '\n') {
          if (trailingBreaks.length === 0) s.push(' ')
          else s.push(...trailingBreaks)
        } else {
          s.push(...leadingBreak, ...trailingBreaks)
        }
        trailingBreaks = []
        leadingBreak = []
      } else {
        s.push(...whitespaces)
        whitespaces = []
      }
    }
    this.skip()
    return { type: 'SCALAR', start, end: this.copy(), value: s.join(''), style: single ? 'single' : 'double' }
  }

  private scanPlainScalar(): Token {
    const s: string[] = []
    let leadingBreak: string[] = []
    let trailingBreaks: string[] = []
    let whitespaces: string[] = []
    let leadingBlanks = false
    const indent = this.indent + 1
    const start = this.copy()
    let end = this.copy()
    let runStart = -1
    for (;;) {
      this.cache(4)
      if (
        this.mark.column === 0 &&
        ((this.at(0) === '-' && this.at(1) === '-' && this.at(2) === '-') ||
          (this.at(0) === '.' && this.at(1) === '.' && this.at(2) === '.')) &&
        isBlankZ(this.at(3))
      )
        break
      if (this.at() === '#') break
      while (!isBlankZ(this.at())) {
        const c = this.at()
        if (
          (c === ':' && isBlankZ(this.at(1))) ||
          (this.flowLevel > 0 && (c === ',' || c === '?' || c === '[' || c === ']' || c === '{' || c === '}'))
        )
          break
        if (leadingBlanks || whitespaces.length > 0) {
          if (leadingBlanks) {
            if (leadingBreak[0] === '\n') {
              if (trailingBreaks.length === 0) s.push(' ')
              else s.push(...trailingBreaks)
            } else s.push(...leadingBreak, ...trailingBreaks)
            trailingBreaks = []
            leadingBreak = []
            leadingBlanks = false
          } else {
            s.push(...whitespaces)
            whitespaces = []
          }
        }
        // go-yaml reads character by character; a run of them is one slice here (and one end mark).
        if (runStart < 0) runStart = this.pos
        this.skip()
        this.cache(2)
      }
      if (runStart >= 0) {
        s.push(this.text.slice(runStart, this.pos))
        end = this.copy()
        runStart = -1
      }
      if (!(isBlank(this.at()) || isBreak(this.at()))) break
      this.cache(1)
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) {
          if (leadingBlanks && this.mark.column < indent && this.at() === '\t')
            this.error(start, 'found a tab character that violates indentation')
          if (!leadingBlanks) this.read(whitespaces)
          else this.skip()
        } else {
          this.cache(2)
          if (!leadingBlanks) {
            whitespaces = []
            this.readLine(leadingBreak)
            leadingBlanks = true
          } else this.readLine(trailingBreaks)
        }
        this.cache(1)
      }
      if (this.flowLevel === 0 && this.mark.column < indent) break
    }
    if (leadingBlanks) this.simpleKeyAllowed = true
    return { type: 'SCALAR', start, end, value: s.join(''), style: 'plain' }
  }
}

type ParserState =
  | 'STREAM-START'
  | 'IMPLICIT-DOCUMENT-START'
  | 'DOCUMENT-START'
  | 'DOCUMENT-CONTENT'
  | 'DOCUMENT-END'
  | 'BLOCK-NODE'
  | 'BLOCK-NODE-OR-INDENTLESS-SEQUENCE'
  | 'FLOW-NODE'
  | 'BLOCK-SEQUENCE-FIRST-ENTRY'
  | 'BLOCK-SEQUENCE-ENTRY'
  | 'INDENTLESS-SEQUENCE-ENTRY'
  | 'BLOCK-MAPPING-FIRST-KEY'
  | 'BLOCK-MAPPING-KEY'
  | 'BLOCK-MAPPING-VALUE'
  | 'FLOW-SEQUENCE-FIRST-ENTRY'
  | 'FLOW-SEQUENCE-ENTRY'
  | 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY'
  | 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE'
  | 'FLOW-SEQUENCE-ENTRY-MAPPING-END'
  | 'FLOW-MAPPING-FIRST-KEY'
  | 'FLOW-MAPPING-KEY'
  | 'FLOW-MAPPING-VALUE'
  | 'FLOW-MAPPING-EMPTY-VALUE'
  | 'END'

type EventType =
  | 'STREAM-START'
  | 'STREAM-END'
  | 'DOCUMENT-START'
  | 'DOCUMENT-END'
  | 'ALIAS'
  | 'SCALAR'
  | 'SEQUENCE-START'
  | 'SEQUENCE-END'
  | 'MAPPING-START'
  | 'MAPPING-END'

interface Event {
  type: EventType
  start: Mark
  end: Mark
  anchor?: string
  tag?: string
  value?: string
  implicit?: boolean
  style?: Token['style']
}

const DEFAULT_TAG_DIRECTIVES: Array<[string, string]> = [
  ['!', '!'],
  ['!!', 'tag:yaml.org,2002:'],
]

/** Parser: parserc.go's state machine over the scanner's tokens. */
class Parser {
  private readonly s: Scanner
  private state: ParserState = 'STREAM-START'
  private states: ParserState[] = []
  private marks: Mark[] = []
  private tagDirectives: Array<[string, string]> = []

  constructor(s: Scanner) {
    this.s = s
  }

  private error(problem: string, mark: Mark, context?: Mark): never {
    throw new Stop('parser', problem, mark, context)
  }

  private pop(): ParserState {
    return this.states.pop()!
  }

  next(): Event | undefined {
    if (this.s.streamEndProduced || this.state === 'END') return undefined
    switch (this.state) {
      case 'STREAM-START':
        return this.streamStart()
      case 'IMPLICIT-DOCUMENT-START':
        return this.documentStart(true)
      case 'DOCUMENT-START':
        return this.documentStart(false)
      case 'DOCUMENT-CONTENT':
        return this.documentContent()
      case 'DOCUMENT-END':
        return this.documentEnd()
      case 'BLOCK-NODE':
        return this.node(true, false)
      case 'BLOCK-NODE-OR-INDENTLESS-SEQUENCE':
        return this.node(true, true)
      case 'FLOW-NODE':
        return this.node(false, false)
      case 'BLOCK-SEQUENCE-FIRST-ENTRY':
        return this.blockSequenceEntry(true)
      case 'BLOCK-SEQUENCE-ENTRY':
        return this.blockSequenceEntry(false)
      case 'INDENTLESS-SEQUENCE-ENTRY':
        return this.indentlessSequenceEntry()
      case 'BLOCK-MAPPING-FIRST-KEY':
        return this.blockMappingKey(true)
      case 'BLOCK-MAPPING-KEY':
        return this.blockMappingKey(false)
      case 'BLOCK-MAPPING-VALUE':
        return this.blockMappingValue()
      case 'FLOW-SEQUENCE-FIRST-ENTRY':
        return this.flowSequenceEntry(true)
      case 'FLOW-SEQUENCE-ENTRY':
        return this.flowSequenceEntry(false)
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY':
        return this.flowSequenceEntryMappingKey()
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE':
        return this.flowSequenceEntryMappingValue()
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-END':
        return this.flowSequenceEntryMappingEnd()
      case 'FLOW-MAPPING-FIRST-KEY':
        return this.flowMappingKey(true)
      case 'FLOW-MAPPING-KEY':
        return this.flowMappingKey(false)
      case 'FLOW-MAPPING-VALUE':
        return this.flowMappingValue(false)
      case 'FLOW-MAPPING-EMPTY-VALUE':
        return this.flowMappingValue(true)
    }
  }

  private streamStart(): Event {
    const t = this.s.peek()
    if (t.type !== 'STREAM-START') this.error('did not find expected <stream-start>', t.start)
    this.state = 'IMPLICIT-DOCUMENT-START'
    this.s.skipToken()
    return { type: 'STREAM-START', start: t.start, end: t.end }
  }

  private documentStart(implicit: boolean): Event {
    let t = this.s.peek()
    if (!implicit) {
      while (t.type === 'DOCUMENT-END') {
        this.s.skipToken()
        t = this.s.peek()
      }
    }
    if (
      implicit &&
      t.type !== 'VERSION-DIRECTIVE' &&
      t.type !== 'TAG-DIRECTIVE' &&
      t.type !== 'DOCUMENT-START' &&
      t.type !== 'STREAM-END'
    ) {
      this.processDirectives()
      this.states.push('DOCUMENT-END')
      this.state = 'BLOCK-NODE'
      return { type: 'DOCUMENT-START', start: t.start, end: t.end }
    }
    if (t.type !== 'STREAM-END') {
      const start = t.start
      this.processDirectives()
      t = this.s.peek()
      if (t.type !== 'DOCUMENT-START') this.error('did not find expected <document start>', t.start)
      this.states.push('DOCUMENT-END')
      this.state = 'DOCUMENT-CONTENT'
      const end = t.end
      this.s.skipToken()
      return { type: 'DOCUMENT-START', start, end }
    }
    this.state = 'END'
    this.s.skipToken()
    return { type: 'STREAM-END', start: t.start, end: t.end }
  }

  private documentContent(): Event {
    const t = this.s.peek()
    if (
      t.type === 'VERSION-DIRECTIVE' ||
      t.type === 'TAG-DIRECTIVE' ||
      t.type === 'DOCUMENT-START' ||
      t.type === 'DOCUMENT-END' ||
      t.type === 'STREAM-END'
    ) {
      this.state = this.pop()
      return this.emptyScalar(t.start)
    }
    return this.node(true, false)
  }

  private documentEnd(): Event {
    const t = this.s.peek()
    const start = t.start
    let end = t.start
    if (t.type === 'DOCUMENT-END') {
      end = t.end
      this.s.skipToken()
    }
    this.tagDirectives = []
    this.state = 'DOCUMENT-START'
    return { type: 'DOCUMENT-END', start, end }
  }

  private node(block: boolean, indentlessSequence: boolean): Event {
    let t = this.s.peek()
    if (t.type === 'ALIAS') {
      this.state = this.pop()
      this.s.skipToken()
      return { type: 'ALIAS', start: t.start, end: t.end, anchor: t.value }
    }
    let start = t.start
    let end = t.start
    let tagToken = false
    let tagHandle = ''
    let tagSuffix = ''
    let anchor: string | undefined
    let tagMark = t.start
    if (t.type === 'ANCHOR') {
      anchor = t.value
      start = t.start
      end = t.end
      this.s.skipToken()
      t = this.s.peek()
      if (t.type === 'TAG') {
        tagToken = true
        tagHandle = t.value!
        tagSuffix = t.suffix!
        tagMark = t.start
        end = t.end
        this.s.skipToken()
        t = this.s.peek()
      }
    } else if (t.type === 'TAG') {
      tagToken = true
      tagHandle = t.value!
      tagSuffix = t.suffix!
      start = t.start
      tagMark = t.start
      end = t.end
      this.s.skipToken()
      t = this.s.peek()
      if (t.type === 'ANCHOR') {
        anchor = t.value
        end = t.end
        this.s.skipToken()
        t = this.s.peek()
      }
    }
    let tag = ''
    if (tagToken) {
      if (tagHandle.length === 0) tag = tagSuffix
      else {
        const d = this.tagDirectives.find(([h]) => h === tagHandle)
        if (d) tag = d[1] + tagSuffix
        if (tag.length === 0) this.error('found undefined tag handle', tagMark, start)
      }
    }
    const implicit = tag.length === 0
    if (indentlessSequence && t.type === 'BLOCK-ENTRY') {
      end = t.end
      this.state = 'INDENTLESS-SEQUENCE-ENTRY'
      return { type: 'SEQUENCE-START', start, end, anchor, tag, implicit }
    }
    if (t.type === 'SCALAR') {
      let plainImplicit = false
      end = t.end
      if ((tag.length === 0 && t.style === 'plain') || tag === '!') plainImplicit = true
      this.state = this.pop()
      this.s.skipToken()
      return {
        type: 'SCALAR',
        start,
        end,
        anchor,
        tag,
        value: t.value,
        implicit: plainImplicit,
        style: t.style,
      }
    }
    if (t.type === 'FLOW-SEQUENCE-START') {
      this.state = 'FLOW-SEQUENCE-FIRST-ENTRY'
      return { type: 'SEQUENCE-START', start, end: t.end, anchor, tag, implicit }
    }
    if (t.type === 'FLOW-MAPPING-START') {
      this.state = 'FLOW-MAPPING-FIRST-KEY'
      return { type: 'MAPPING-START', start, end: t.end, anchor, tag, implicit }
    }
    if (block && t.type === 'BLOCK-SEQUENCE-START') {
      this.state = 'BLOCK-SEQUENCE-FIRST-ENTRY'
      return { type: 'SEQUENCE-START', start, end: t.end, anchor, tag, implicit }
    }
    if (block && t.type === 'BLOCK-MAPPING-START') {
      this.state = 'BLOCK-MAPPING-FIRST-KEY'
      return { type: 'MAPPING-START', start, end: t.end, anchor, tag, implicit }
    }
    if (anchor !== undefined || tag.length > 0) {
      this.state = this.pop()
      return { type: 'SCALAR', start, end, anchor, tag, value: '', implicit, style: 'plain' }
    }
    this.error('did not find expected node content', t.start, start)
  }

  private blockSequenceEntry(first: boolean): Event {
    if (first) {
      this.marks.push(this.s.peek().start)
      this.s.skipToken()
    }
    let t = this.s.peek()
    if (t.type === 'BLOCK-ENTRY') {
      const mark = t.end
      this.s.skipToken()
      t = this.s.peek()
      if (t.type !== 'BLOCK-ENTRY' && t.type !== 'BLOCK-END') {
        this.states.push('BLOCK-SEQUENCE-ENTRY')
        return this.node(true, false)
      }
      this.state = 'BLOCK-SEQUENCE-ENTRY'
      return this.emptyScalar(mark)
    }
    if (t.type === 'BLOCK-END') {
      this.state = this.pop()
      this.marks.pop()
      this.s.skipToken()
      return { type: 'SEQUENCE-END', start: t.start, end: t.end }
    }
    const context = this.marks.pop()
    this.error("did not find expected '-' indicator", t.start, context)
  }

  private indentlessSequenceEntry(): Event {
    let t = this.s.peek()
    if (t.type === 'BLOCK-ENTRY') {
      const mark = t.end
      this.s.skipToken()
      t = this.s.peek()
      if (t.type !== 'BLOCK-ENTRY' && t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK-END') {
        this.states.push('INDENTLESS-SEQUENCE-ENTRY')
        return this.node(true, false)
      }
      this.state = 'INDENTLESS-SEQUENCE-ENTRY'
      return this.emptyScalar(mark)
    }
    this.state = this.pop()
    return { type: 'SEQUENCE-END', start: t.start, end: t.start }
  }

  private blockMappingKey(first: boolean): Event {
    if (first) {
      this.marks.push(this.s.peek().start)
      this.s.skipToken()
    }
    let t = this.s.peek()
    if (t.type === 'KEY') {
      const mark = t.end
      this.s.skipToken()
      t = this.s.peek()
      if (t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK-END') {
        this.states.push('BLOCK-MAPPING-VALUE')
        return this.node(true, true)
      }
      this.state = 'BLOCK-MAPPING-VALUE'
      return this.emptyScalar(mark)
    }
    if (t.type === 'BLOCK-END') {
      this.state = this.pop()
      this.marks.pop()
      this.s.skipToken()
      return { type: 'MAPPING-END', start: t.start, end: t.end }
    }
    const context = this.marks.pop()
    this.error('did not find expected key', t.start, context)
  }

  private blockMappingValue(): Event {
    let t = this.s.peek()
    if (t.type === 'VALUE') {
      const mark = t.end
      this.s.skipToken()
      t = this.s.peek()
      if (t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK-END') {
        this.states.push('BLOCK-MAPPING-KEY')
        return this.node(true, true)
      }
      this.state = 'BLOCK-MAPPING-KEY'
      return this.emptyScalar(mark)
    }
    this.state = 'BLOCK-MAPPING-KEY'
    return this.emptyScalar(t.start)
  }

  private flowSequenceEntry(first: boolean): Event {
    if (first) {
      this.marks.push(this.s.peek().start)
      this.s.skipToken()
    }
    let t = this.s.peek()
    if (t.type !== 'FLOW-SEQUENCE-END') {
      if (!first) {
        if (t.type === 'FLOW-ENTRY') {
          this.s.skipToken()
          t = this.s.peek()
        } else {
          const context = this.marks.pop()
          this.error("did not find expected ',' or ']'", t.start, context)
        }
      }
      if (t.type === 'KEY') {
        this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY'
        this.s.skipToken()
        return { type: 'MAPPING-START', start: t.start, end: t.end, implicit: true, tag: '' }
      } else if (t.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('FLOW-SEQUENCE-ENTRY')
        return this.node(false, false)
      }
    }
    this.state = this.pop()
    this.marks.pop()
    this.s.skipToken()
    return { type: 'SEQUENCE-END', start: t.start, end: t.end }
  }

  private flowSequenceEntryMappingKey(): Event {
    const t = this.s.peek()
    if (t.type !== 'VALUE' && t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-SEQUENCE-END') {
      this.states.push('FLOW-SEQUENCE-ENTRY-MAPPING-VALUE')
      return this.node(false, false)
    }
    const mark = t.end
    this.s.skipToken()
    this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE'
    return this.emptyScalar(mark)
  }

  private flowSequenceEntryMappingValue(): Event {
    const t = this.s.peek()
    if (t.type === 'VALUE') {
      this.s.skipToken()
      const t2 = this.s.peek()
      if (t2.type !== 'FLOW-ENTRY' && t2.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('FLOW-SEQUENCE-ENTRY-MAPPING-END')
        return this.node(false, false)
      }
    }
    this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-END'
    // go-yaml passes the token peeked first (the VALUE token when there was one).
    return this.emptyScalar(t.start)
  }

  private flowSequenceEntryMappingEnd(): Event {
    const t = this.s.peek()
    this.state = 'FLOW-SEQUENCE-ENTRY'
    return { type: 'MAPPING-END', start: t.start, end: t.start }
  }

  private flowMappingKey(first: boolean): Event {
    if (first) {
      this.marks.push(this.s.peek().start)
      this.s.skipToken()
    }
    let t = this.s.peek()
    if (t.type !== 'FLOW-MAPPING-END') {
      if (!first) {
        if (t.type === 'FLOW-ENTRY') {
          this.s.skipToken()
          t = this.s.peek()
        } else {
          const context = this.marks.pop()
          this.error("did not find expected ',' or '}'", t.start, context)
        }
      }
      if (t.type === 'KEY') {
        this.s.skipToken()
        t = this.s.peek()
        if (t.type !== 'VALUE' && t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-MAPPING-END') {
          this.states.push('FLOW-MAPPING-VALUE')
          return this.node(false, false)
        }
        this.state = 'FLOW-MAPPING-VALUE'
        return this.emptyScalar(t.start)
      } else if (t.type !== 'FLOW-MAPPING-END') {
        this.states.push('FLOW-MAPPING-EMPTY-VALUE')
        return this.node(false, false)
      }
    }
    this.state = this.pop()
    this.marks.pop()
    this.s.skipToken()
    return { type: 'MAPPING-END', start: t.start, end: t.end }
  }

  private flowMappingValue(empty: boolean): Event {
    let t = this.s.peek()
    if (empty) {
      this.state = 'FLOW-MAPPING-KEY'
      return this.emptyScalar(t.start)
    }
    if (t.type === 'VALUE') {
      this.s.skipToken()
      t = this.s.peek()
      if (t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-MAPPING-END') {
        this.states.push('FLOW-MAPPING-KEY')
        return this.node(false, false)
      }
    }
    this.state = 'FLOW-MAPPING-KEY'
    return this.emptyScalar(t.start)
  }

  private emptyScalar(mark: Mark): Event {
    return { type: 'SCALAR', start: mark, end: mark, value: '', implicit: true, tag: '', style: 'plain' }
  }

  private processDirectives(): void {
    let version = false
    let t = this.s.peek()
    while (t.type === 'VERSION-DIRECTIVE' || t.type === 'TAG-DIRECTIVE') {
      if (t.type === 'VERSION-DIRECTIVE') {
        if (version) this.error('found duplicate %YAML directive', t.start)
        if (t.major !== 1 || t.minor !== 1) this.error('found incompatible YAML document', t.start)
        version = true
      } else {
        this.appendTagDirective([t.value!, t.prefix!], false, t.start)
      }
      this.s.skipToken()
      t = this.s.peek()
    }
    for (const d of DEFAULT_TAG_DIRECTIVES) this.appendTagDirective(d, true, t.start)
  }

  private appendTagDirective(value: [string, string], allowDuplicates: boolean, mark: Mark): void {
    if (this.tagDirectives.some(([h]) => h === value[0])) {
      if (allowDuplicates) return
      this.error('found duplicate %TAG directive', mark)
    }
    this.tagDirectives.push(value)
  }
}

/** How p.fail() words a libyaml error (decode.go): a line when the problem's (or the context's) is not 0. */
function failMessage(stop: Stop): string {
  let line = 0
  if (stop.problemMark && stop.problemMark.line !== 0) {
    line = stop.problemMark.line
    // Scanner errors don't iterate line before returning error
    if (stop.kind === 'scanner') line++
  } else if (stop.contextMark && stop.contextMark.line !== 0) line = stop.contextMark.line
  const where = line !== 0 ? `line ${line}: ` : ''
  return where + (stop.problem || 'unknown problem parsing YAML content')
}

/** The first document of a stream, read as go-yaml's Unmarshal reads it (decode.go parser.parse). */
export interface GoDocument {
  /** The root node; undefined for an empty stream. */
  root: GoNode | undefined
}

/**
 * parseFirstDocument: decode.go's parser: STREAM-START, then one node (a document, or nothing), including the
 * DOCUMENT-END event (which makes the scanner fetch the token after the root). Throws GoYamlError with go-yaml's
 * wording (without "yaml: ").
 */
export function parseFirstDocument(input: GoYamlInput): GoDocument {
  const text = input.text === '' && !input.utf16 ? '\n' : input.text
  const scanner = new Scanner({ ...input, text })
  const parser = new Parser(scanner)
  let event: Event | undefined
  let anchors = new Map<string, GoNode>()
  let lastOffset = 0
  const peek = (): Event => {
    if (!event) {
      try {
        event = parser.next()
      } catch (e) {
        if (e instanceof Stop) {
          const at = e.problemMark?.off ?? (e.kind === 'reader' ? input.readerError?.offset : undefined)
          throw new GoYamlError(failMessage(e), at ?? lastOffset)
        }
        throw e
      }
      if (!event) throw new GoYamlError('attempted to go past the end of stream; corrupted value?')
      lastOffset = event.start.off
    }
    return event
  }
  const expect = (type: EventType): Event => {
    const e = peek()
    if (e.type === 'STREAM-END' && type !== 'STREAM-END')
      throw new GoYamlError('attempted to go past the end of stream; corrupted value?', e.start.off)
    if (e.type !== type) throw new GoYamlError(`expected ${type} event but got ${e.type}`, e.start.off)
    event = undefined
    return e
  }
  const parse = (depth: number): GoNode => {
    const e = peek()
    switch (e.type) {
      case 'SCALAR': {
        expect('SCALAR')
        const n: GoNode = {
          kind: 'scalar',
          value: e.value ?? '',
          tag: e.tag ?? '',
          implicit: e.implicit === true,
          style: e.style ?? 'plain',
          start: e.start,
          end: e.end,
        }
        if (e.anchor !== undefined) anchors.set(e.anchor, n)
        return n
      }
      case 'ALIAS': {
        const target = anchors.get(e.anchor!)
        if (!target) throw new GoYamlError(`unknown anchor '${e.anchor!}' referenced`, e.start.off)
        expect('ALIAS')
        return { kind: 'alias', name: e.anchor!, target, start: e.start, end: e.end }
      }
      case 'MAPPING-START':
      case 'SEQUENCE-START': {
        const map = e.type === 'MAPPING-START'
        const n: Extract<GoNode, { kind: 'map' | 'seq' }> = {
          kind: map ? 'map' : 'seq',
          tag: e.tag ?? '',
          children: [],
          start: e.start,
          end: e.end,
        }
        if (e.anchor !== undefined) anchors.set(e.anchor, n)
        expect(e.type)
        const endType = map ? 'MAPPING-END' : 'SEQUENCE-END'
        while (peek().type !== endType) {
          n.children.push(parse(depth + 1))
          if (map) n.children.push(parse(depth + 1))
        }
        n.end = expect(endType).end
        return n
      }
      default:
        throw new GoYamlError(`attempted to parse unknown event: ${e.type}`, e.start.off)
    }
  }
  expect('STREAM-START')
  if (peek().type === 'STREAM-END') return { root: undefined }
  anchors = new Map()
  expect('DOCUMENT-START')
  const root = parse(0)
  expect('DOCUMENT-END')
  return { root }
}
