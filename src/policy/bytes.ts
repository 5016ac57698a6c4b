// From the bytes of a policy file to the text our readers scan, the way Go reads them: go-yaml's reader (a UTF-8
// or UTF-16 BOM picks the encoding; bad UTF-8 or UTF-16 is an error with libyaml's wording) and encoding/json's
// (each byte that does not start a valid UTF-8 sequence becomes U+FFFD). Hand-written: TextDecoder replaces
// maximal subparts (WHATWG), Go replaces byte by byte, and neither says why a sequence is bad.

/** What reading the bytes gives: the text, and for go-yaml the reader error it stops with, if any. */
export interface DecodedBytes {
  /** The text; invalid UTF-8 bytes are U+FFFD, one per byte, as encoding/json decodes them. */
  text: string
  /** go-yaml's reader error (`invalid trailing UTF-8 octet`, …), with the text offset it applies at. */
  yamlError?: { message: string; offset: number }
  /** Text offsets of U+FFFD that stand for a bad byte, with that byte (Go's JSON errors name the byte). */
  badBytes?: Map<number, number>
  /** The text read as UTF-16 (a UTF-16 BOM): only go-yaml reads it so; Go's JSON sniffing sees bytes. */
  utf16?: boolean
}

function utf16(bytes: Uint8Array, little: boolean): DecodedBytes {
  let text = ''
  let yamlError: DecodedBytes['yamlError']
  const at = (i: number) => (little ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!)
  for (let i = 2; i < bytes.length;) {
    if (i + 1 >= bytes.length) {
      yamlError ??= { message: 'incomplete UTF-16 character', offset: text.length }
      break
    }
    const u = at(i)
    if (u >= 0xdc00 && u <= 0xdfff) {
      yamlError ??= { message: 'unexpected low surrogate area', offset: text.length }
      break
    }
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) {
        yamlError ??= { message: 'incomplete UTF-16 surrogate pair', offset: text.length }
        break
      }
      const low = at(i + 2)
      if (low < 0xdc00 || low > 0xdfff) {
        yamlError ??= { message: 'expected low surrogate area', offset: text.length }
        break
      }
      text += String.fromCharCode(u, low)
      i += 4
      continue
    }
    text += String.fromCharCode(u)
    i += 2
  }
  return { text, yamlError, utf16: true }
}

/** decodePolicyBytes reads a policy file's bytes as Go would (see DecodedBytes). */
export function decodePolicyBytes(bytes: Uint8Array): DecodedBytes {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, true)
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, false)
  const parts: string[] = []
  let yamlError: DecodedBytes['yamlError']
  const badBytes = new Map<number, number>()
  let length = 0
  let start = 0
  const flush = (end: number) => {
    if (end > start) {
      const s = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start, end))
      parts.push(s)
      length += s.length
    }
  }
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const width = (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0
    // libyaml's checks, in its order.
    let problem: string | undefined
    if (width === 0) problem = 'invalid leading UTF-8 octet'
    else if (i + width > bytes.length) problem = 'incomplete UTF-8 octet sequence'
    else {
      let value = width === 2 ? b & 0x1f : width === 3 ? b & 0x0f : b & 0x07
      for (let k = 1; k < width && !problem; k++) {
        const c = bytes[i + k]!
        if ((c & 0xc0) !== 0x80) problem = 'invalid trailing UTF-8 octet'
        value = (value << 6) | (c & 0x3f)
      }
      if (!problem) {
        const min = width === 2 ? 0x80 : width === 3 ? 0x800 : 0x10000
        if (value < min) problem = 'invalid length of a UTF-8 sequence'
        else if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff)
          problem = 'invalid Unicode character'
      }
    }
    if (!problem) {
      i += width
      continue
    }
    // Go's utf8.DecodeRune: the bad byte alone becomes U+FFFD.
    flush(i)
    yamlError ??= { message: problem, offset: length }
    badBytes.set(length, b)
    parts.push('\ufffd')
    length++
    i++
    start = i
  }
  flush(bytes.length)
  return { text: parts.join(''), yamlError, badBytes }
}
