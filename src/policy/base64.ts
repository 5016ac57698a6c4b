// Standard base64 (with padding, no line breaks) over UTF-8, as `kubectl create secret --from-file` writes it.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i

/** encodeBase64 encodes bytes as standard padded base64. */
export function encodeBase64(bytes: Uint8Array): string {
  const out: string[] = []
  let chunk = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0
    const n = (a << 16) | (b << 8) | c
    chunk += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!
    chunk += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '='
    chunk += i + 2 < bytes.length ? ALPHABET[n & 63]! : '='
    if (chunk.length >= 8192) {
      out.push(chunk)
      chunk = ''
    }
  }
  out.push(chunk)
  return out.join('')
}

/** encodeBase64Utf8 encodes a string's UTF-8 bytes (lone surrogates become U+FFFD, as TextEncoder does). */
export function encodeBase64Utf8(text: string): string {
  return encodeBase64(new TextEncoder().encode(text))
}

/** decodeBase64 decodes like Go's base64.StdEncoding: CR and LF are skipped, padding is required. */
export function decodeBase64(text: string): { bytes: Uint8Array } | { error: string } {
  const clean: number[] = []
  const positions: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13) continue
    clean.push(c)
    positions.push(i)
  }
  const illegal = (k: number) => ({
    error: `illegal base64 data at input byte ${positions[k] ?? text.length}`,
  })
  if (clean.length % 4 !== 0) {
    // Go reports the position where the incomplete quantum starts.
    for (let k = 0; k < clean.length; k++)
      if (clean[k]! >= 128 || (LOOKUP[clean[k]!] === -1 && clean[k] !== 61)) return illegal(k)
    return illegal(clean.length - (clean.length % 4))
  }
  const out = new Uint8Array((clean.length / 4) * 3)
  let o = 0
  for (let k = 0; k < clean.length; k += 4) {
    const q = clean.slice(k, k + 4)
    const last = k + 4 === clean.length
    let pad = 0
    const vals: number[] = []
    for (let j = 0; j < 4; j++) {
      const c = q[j]!
      if (c === 61 && last && j >= 2) {
        pad++
        continue
      }
      if (pad > 0 || c >= 128 || LOOKUP[c] === -1) return illegal(k + j)
      vals.push(LOOKUP[c]!)
    }
    if (pad === 1 && q[3] !== 61) return illegal(k + 3)
    const n = (vals[0]! << 18) | (vals[1]! << 12) | ((vals[2] ?? 0) << 6) | (vals[3] ?? 0)
    out[o++] = (n >> 16) & 255
    if (vals.length > 2) out[o++] = (n >> 8) & 255
    if (vals.length > 3) out[o++] = n & 255
  }
  return { bytes: out.slice(0, o) }
}
