// Share links: the whole document in the URL fragment (never sent to any server), compressed. The payload is
// `v2.` + base64url( CRC-32 of the data, its length as an unsigned LEB128 varint, then the data deflated with
// CompressionStream('deflate-raw') ); `v1.` links (the length as 4 bytes) are still read.
// the data is the document's JSON with every value that equals the default left out, so a short policy makes
// a short link. The checksum and length tell a link cut short or altered from a good one.
import { createDocument, freshIds, type EditorDocument } from './document.ts'
import { defaultKubernetesVersion } from '../policy/versions.ts'
import { documentData, MAX_RULES, readDocument, type ReadOutcome, type ReadProblem } from './storedWork.ts'

/** SHARE_PARAM: the fragment parameter that carries a shared document: `#share=v2.…`. */
export const SHARE_PARAM = 'share'
/** SHARE_VERSION: the payload format written; READ_VERSIONS: the ones read. */
export const SHARE_VERSION = 'v2'
const READ_VERSIONS = ['v1', 'v2']

/** leb128 writes `n` as an unsigned LEB128 varint (7 bits a byte, low first). */
function leb128(n: number): number[] {
  const out: number[] = []
  do {
    out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0))
    n = Math.floor(n / 0x80)
  } while (n > 0)
  return out
}

/** readLeb128 reads an unsigned LEB128 varint of at most 5 bytes at `at`: [value, bytes read], or null. */
function readLeb128(bytes: Uint8Array, at: number): [number, number] | null {
  let n = 0
  for (let k = 0; k < 5 && at + k < bytes.length; k++) {
    const b = bytes[at + k]!
    n += (b & 0x7f) * 2 ** (7 * k)
    if ((b & 0x80) === 0) return [n, k + 1]
  }
  return null
}
/** MAX_SHARE_BYTES: the largest document a link may unpack to (a link is never allowed to unpack without end). */
export const MAX_SHARE_BYTES = 8 * 1024 * 1024

/** ShareProblem: why a link could not be opened. */
export type ShareProblem = 'truncated' | 'damaged' | 'version' | 'too-large' | 'unreadable'

/**
 * LinkDetail: what exactly is wrong with a link, as a code with its parameters (sizes in bytes); src/i18n
 * (savedWork) puts it in words. The data inside a link is checked like stored work (ReadProblem).
 */
export type LinkDetail =
  | { code: 'link-format'; found: string; reads: string }
  | { code: 'link-no-format' | 'link-characters' | 'link-short' | 'link-more' | 'link-corrupt' }
  | { code: 'link-checksum' | 'link-content' | 'link-no-policy' }
  | { code: 'link-too-large'; bytes: number }
  | { code: 'link-less'; got: number; bytes: number }
  | { code: 'link-too-many-rules'; rules: number }

/** ShareOutcome: the shared document, or what is wrong with the link (`detail` says more). */
export type ShareOutcome =
  { ok: true; doc: EditorDocument } | { ok: false; problem: ShareProblem; detail: LinkDetail | ReadProblem }

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** withoutDefaults keeps what differs from `defaults` (recursively in objects; null marks a removed default). */
export function withoutDefaults(data: Record<string, unknown>, defaults: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(data), ...Object.keys(defaults)])) {
    const v = data[key]
    const d = defaults[key]
    if (v === undefined) {
      if (d !== undefined) out[key] = null
    } else if (isPlainObject(v) && isPlainObject(d)) {
      const inner = withoutDefaults(v, d)
      if (Object.keys(inner).length > 0) out[key] = inner
    } else if (!same(v, d)) out[key] = v
  }
  return out
}

/** withDefaults undoes withoutDefaults. */
export function withDefaults(data: Record<string, unknown>, defaults: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...defaults }
  for (const [key, v] of Object.entries(data)) {
    if (v === null) delete out[key]
    else if (isPlainObject(v) && isPlainObject(defaults[key]))
      out[key] = withDefaults(v, defaults[key] as Record<string, unknown>)
    else out[key] = v
  }
  return out
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** crc32 is the CRC-32 (IEEE) of `bytes`, as zip and gzip compute it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** toBase64Url encodes bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** fromBase64Url decodes base64url (padding optional); null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4))
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0))
}

async function pipe(bytes: Uint8Array, through: CompressionStream | DecompressionStream, limit: number) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(through).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.length
    if (total > limit) {
      await reader.cancel()
      throw new RangeError('too large')
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** The first two lines of nearly every policy text: a link leaves them out and marks that it did. */
const POLICY_HEADER = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n'
/** TEXT_MARK starts the user's text as it is; HEADER_MARK, the text after POLICY_HEADER. */
const TEXT_MARK = '\u0000'
const HEADER_MARK = '\u0001'

/** packText: the user's text as it follows the JSON in a link ('' when the document has none). */
function packText(text: string): string {
  if (text === '') return ''
  return text.startsWith(POLICY_HEADER) ? HEADER_MARK + text.slice(POLICY_HEADER.length) : TEXT_MARK + text
}

/** encodeShare packs the document into a link payload (`v1.…`). */
export async function encodeShare(doc: EditorDocument): Promise<string> {
  // A policy with the user's text travels as that text alone (the policy is what it reads as, see decodeShare).
  // It follows the JSON after a NUL (which JSON text never holds), unescaped: it packs better that way.
  const whole = documentData(doc.text !== '' ? { ...doc, policy: createDocument().policy, text: '' } : doc)
  const data = withoutDefaults(whole, documentData(createDocument()))
  // The target's own default version is implied (readDocument puts it back): links stay as short as before.
  if (doc.kubernetesVersion === defaultKubernetesVersion(doc.target)) delete data.kubernetesVersion
  else data.kubernetesVersion = doc.kubernetesVersion
  const json = new TextEncoder().encode(JSON.stringify(data) + packText(doc.text))
  const packed = await pipe(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER)
  const length = leb128(json.length)
  const out = new Uint8Array(4 + length.length + packed.length)
  new DataView(out.buffer).setUint32(0, crc32(json))
  out.set(length, 4)
  out.set(packed, 4 + length.length)
  return `${SHARE_VERSION}.${toBase64Url(out)}`
}

/** shareFragment is the link's fragment for a payload (`#share=…`). */
export function shareFragment(payload: string): string {
  return `#${SHARE_PARAM}=${payload}`
}

/** BASE_PARAM names the payload of the base "Compare with…" compares with, after the document's. */
export const BASE_PARAM = 'base'

/** shareUrl is `location` (without its fragment) with the payload (and a base's, if given) as the fragment. */
export function shareUrl(location: string, payload: string, basePayload?: string): string {
  const base = basePayload ? `&${BASE_PARAM}=${basePayload}` : ''
  return `${location.split('#')[0]}${shareFragment(payload)}${base}`
}

/** baseFromHash takes the base's payload out of a location hash (`…&base=…`), or null when there is none. */
export function baseFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(BASE_PARAM)
}

/** shareFromHash takes the payload out of a location hash (`#share=…`), or null when there is none. */
export function shareFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return params.get(SHARE_PARAM)
}

/** decodeShare unpacks a link payload and checks it; a bad link says what is wrong and changes nothing. */
export async function decodeShare(payload: string): Promise<ShareOutcome> {
  const fail = (problem: ShareProblem, detail: LinkDetail | ReadProblem): ShareOutcome => ({
    ok: false,
    problem,
    detail,
  })
  const dot = payload.indexOf('.')
  const version = dot < 0 ? '' : payload.slice(0, dot)
  if (!READ_VERSIONS.includes(version)) {
    return /^v\d+$/.test(version)
      ? fail('version', { code: 'link-format', found: version, reads: SHARE_VERSION })
      : fail('damaged', { code: 'link-no-format' })
  }
  let body = payload.slice(dot + 1)
  if (!/^[A-Za-z0-9_-]*$/.test(body)) return fail('damaged', { code: 'link-characters' })
  // A link cut at any point still decodes up to its last whole byte; the checks below then say it is short.
  if (body.length % 4 === 1) body = body.slice(0, -1)
  const bytes = fromBase64Url(body)!
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const header = version === 'v1' ? (bytes.length >= 8 ? [view.getUint32(4), 4] : null) : readLeb128(bytes, 4)
  const start = header ? 4 + header[1] : bytes.length
  if (!header || bytes.length <= start) return fail('truncated', { code: 'link-short' })
  const crc = view.getUint32(0)
  const length = header[0]
  if (length > MAX_SHARE_BYTES) return fail('too-large', { code: 'link-too-large', bytes: length })
  let json: Uint8Array
  try {
    json = await pipe(bytes.subarray(start), new DecompressionStream('deflate-raw'), length)
  } catch (e) {
    if (e instanceof RangeError) return fail('damaged', { code: 'link-more' })
    return fail('truncated', { code: 'link-corrupt' })
  }
  if (json.length !== length) return fail('truncated', { code: 'link-less', got: json.length, bytes: length })
  if (crc32(json) !== crc) return fail('damaged', { code: 'link-checksum' })
  let data: unknown
  let text: string | undefined
  try {
    const content = new TextDecoder('utf-8', { fatal: true }).decode(json)
    const marks = [content.indexOf(TEXT_MARK), content.indexOf(HEADER_MARK)].filter((k) => k >= 0)
    const at = marks.length > 0 ? Math.min(...marks) : -1
    if (at >= 0) text = (content[at] === HEADER_MARK ? POLICY_HEADER : '') + content.slice(at + 1)
    data = JSON.parse(at >= 0 ? content.slice(0, at) : content)
  } catch {
    return fail('damaged', { code: 'link-content' })
  }
  if (!isPlainObject(data)) return fail('unreadable', { code: 'no-document' })
  if (text !== undefined) data = { ...data, text }
  if (!isPlainObject(data)) return fail('unreadable', { code: 'no-document' })
  const full = withDefaults(data, documentData(createDocument()))
  // No version in the link: the shared target's own default (encodeShare leaves it out).
  if (!('kubernetesVersion' in data)) delete full.kubernetesVersion
  const read: ReadOutcome<EditorDocument> = readDocument(full)
  if (!read.ok) return fail('unreadable', read.reason)
  if (read.value.text === '') return { ok: true, doc: read.value }
  // The policy is what the shared text reads as (the reader, with the yaml library, comes only for such links).
  const { parsePolicy } = await import('../policy/parse.ts')
  const policy = parsePolicy(read.value.text, {
    target: read.value.target,
    kubernetesVersion: read.value.kubernetesVersion,
  }).policy
  if (!policy) return fail('unreadable', { code: 'link-no-policy' })
  if (policy.rules.length > MAX_RULES)
    return fail('unreadable', { code: 'link-too-many-rules', rules: policy.rules.length })
  return { ok: true, doc: { ...read.value, policy, ruleIds: freshIds(policy.rules.length) } }
}
