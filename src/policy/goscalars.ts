// How go-yaml v2 resolves a plain (unquoted, untagged) scalar: YAML 1.1 booleans, octal and hex ints, no base 60.
// No dependency on the YAML library, so that writers (the Secret) can use it on the first screen.

/** Go's goValue for a resolved scalar: what go-yaml puts into an interface{}. */
export type GoScalar =
  | { t: 'str'; v: string }
  | { t: 'int'; v: number; raw: string }
  | { t: 'float'; v: number; raw: string }
  | { t: 'bool'; v: boolean }
  | { t: 'null' }

const BOOL_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
const BOOL_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
export const NULLS = new Set(['', '~', 'null', 'Null', 'NULL'])
const SPECIAL_FLOATS: Record<string, number> = {
  '.inf': Infinity,
  '.Inf': Infinity,
  '.INF': Infinity,
  '+.inf': Infinity,
  '+.Inf': Infinity,
  '+.INF': Infinity,
  '-.inf': -Infinity,
  '-.Inf': -Infinity,
  '-.INF': -Infinity,
  '.nan': NaN,
  '.NaN': NaN,
  '.NAN': NaN,
}
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/
export const TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/

/** parseGoInt mimics strconv.ParseInt(s, 0, 64): sign, then 0x/0o/0b prefixes or a leading-0 octal. */
function parseGoInt(s: string): number | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s)
  if (!m) return undefined
  const body = m[2]!
  let v: number
  if (/^0[xX]/.test(body)) v = parseInt(body.slice(2), 16)
  else if (/^0[oO]/.test(body)) v = parseInt(body.slice(2), 8)
  else if (/^0[bB]/.test(body)) v = parseInt(body.slice(2), 2)
  else if (body.length > 1 && body.startsWith('0')) v = parseInt(body.slice(1), 8)
  else v = parseInt(body, 10)
  // Out of int64 and uint64 range: ParseInt and ParseUint both fail; the float check comes next.
  if (v > 2 ** 64) return undefined
  return m[1] === '-' ? -v : v
}

/** resolvePlain resolves an untagged plain scalar by go-yaml v2's rules. */
export function resolvePlain(s: string): GoScalar {
  if (NULLS.has(s)) return { t: 'null' }
  if (BOOL_TRUE.has(s)) return { t: 'bool', v: true }
  if (BOOL_FALSE.has(s)) return { t: 'bool', v: false }
  if (s in SPECIAL_FLOATS) return { t: 'float', v: SPECIAL_FLOATS[s]!, raw: s }
  const c = s[0]!
  if (c === '.') {
    const f = Number(s)
    if (YAML_STYLE_FLOAT.test(s) && !Number.isNaN(f)) return { t: 'float', v: f, raw: s }
    return { t: 'str', v: s }
  }
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    // Timestamps stay strings when decoded into interface{} (go-yaml keeps the source text).
    if (TIMESTAMP.test(s)) return { t: 'str', v: s }
    const plain = s.replaceAll('_', '')
    const i = parseGoInt(plain)
    if (i !== undefined) return { t: 'int', v: i, raw: s }
    if (YAML_STYLE_FLOAT.test(plain)) return { t: 'float', v: Number(plain), raw: s }
    const b = /^(-?)0b([01]+)$/.exec(plain)
    if (b) return { t: 'int', v: (b[1] ? -1 : 1) * parseInt(b[2]!, 2), raw: s }
  }
  return { t: 'str', v: s }
}

/** goIntDecimal: the exact decimal of a YAML int as go-yaml parsed it (int64 or uint64), beyond 2^53 too. */
export function goIntDecimal(raw: string): string | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(
    raw.replaceAll('_', ''),
  )
  if (!m) return undefined
  const body = m[2]!
  let v: bigint
  if (/^0[xX]/.test(body)) v = BigInt('0x' + body.slice(2))
  else if (/^0[oO]/.test(body)) v = BigInt('0o' + body.slice(2))
  else if (/^0[bB]/.test(body)) v = BigInt('0b' + body.slice(2))
  else if (body.length > 1 && body.startsWith('0')) v = BigInt('0o' + body.slice(1))
  else v = BigInt(body)
  return (m[1] === '-' ? -v : v).toString()
}
