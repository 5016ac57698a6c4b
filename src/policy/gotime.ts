// Go's time.Parse(time.RFC3339, s) as Go 1.19 runs it (the general layout parser: metav1.Time.UnmarshalJSON
// calls it for metadata.creationTimestamp and friends), reduced to what we need: whether it parses, and Go's
// error text when it does not. Hand-written: no library reproduces Go's ParseError wording.

const LAYOUT = '2006-01-02T15:04:05Z07:00'

/**
 * quote is the time package's own quote (not strconv.Quote) on a byte string (see parseRFC3339Error):
 * non-ASCII and control bytes as \xNN.
 */
function quote(s: string): string {
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x80 || c < 0x20) out += '\\x' + c.toString(16).padStart(2, '0')
    else {
      if (c === 0x22 || c === 0x5c) out += '\\'
      out += s[i]
    }
  }
  return out + '"'
}

/** asBytes: the UTF-8 bytes of `s`, one character each (Go's strings are bytes: lengths and cuts count bytes). */
function asBytes(s: string): string {
  let out = ''
  for (const b of new TextEncoder().encode(s)) out += String.fromCharCode(b)
  return out
}

const isDigit = (s: string, i: number) => i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39

/** getnum: one or two digits (two when fixed). */
function getnum(s: string, fixed: boolean): [number, string] | undefined {
  if (!isDigit(s, 0)) return undefined
  if (!isDigit(s, 1)) {
    if (fixed) return undefined
    return [Number(s[0]), s.slice(1)]
  }
  return [Number(s.slice(0, 2)), s.slice(2)]
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

/** parseRFC3339Error is undefined when Go 1.19's time.Parse(RFC3339, s) succeeds, else its error text. */
export function parseRFC3339Error(text: string): string | undefined {
  const s = asBytes(text)
  const head = `parsing time ${quote(s)} as ${quote(LAYOUT)}: cannot parse `
  const bad = (value: string, elem: string) => `${head}${quote(value)} as ${quote(elem)}`
  const range = (what: string) => `parsing time ${quote(s)}: ${what} out of range`
  let v = s
  const literal = (lit: string): string | undefined => {
    if (!v.startsWith(lit)) return bad(v, lit)
    v = v.slice(lit.length)
    return undefined
  }
  // 2006
  if (v.length < 4 || !isDigit(v, 0)) return bad(v, '2006')
  // Go 1.19 cuts the four characters off before atoi: its error shows what follows them.
  const yearText = v.slice(0, 4)
  v = v.slice(4)
  if (!/^[0-9]{4}$/.test(yearText)) return bad(v, '2006')
  const year = Number(yearText)
  let e = literal('-')
  if (e) return e
  // 01
  let n = getnum(v, true)
  if (!n) return bad(v, '01')
  const month = n[0]
  if (month <= 0 || month > 12) return range('month')
  v = n[1]
  if ((e = literal('-'))) return e
  // 02
  n = getnum(v, true)
  if (!n) return bad(v, '02')
  const day = n[0]
  v = n[1]
  if ((e = literal('T'))) return e
  // 15: one or two digits
  n = getnum(v, false)
  if (!n) return bad(v, '15')
  if (n[0] >= 24) return range('hour')
  v = n[1]
  if ((e = literal(':'))) return e
  n = getnum(v, true)
  if (!n) return bad(v, '04')
  if (n[0] >= 60) return range('minute')
  v = n[1]
  if ((e = literal(':'))) return e
  n = getnum(v, true)
  if (!n) return bad(v, '05')
  if (n[0] >= 60) return range('second')
  v = n[1]
  // Fractional seconds, accepted after the seconds even though the layout has none (over 9 digits: cut).
  if (v.length >= 2 && (v[0] === '.' || v[0] === ',') && isDigit(v, 1)) {
    let k = 2
    while (k < v.length && isDigit(v, k)) k++
    v = v.slice(k)
  }
  // Z07:00
  if (v.startsWith('Z')) v = v.slice(1)
  else {
    const hold = v
    if (v.length < 6 || v[3] !== ':') return bad(hold, 'Z07:00')
    const hh = getnum(v.slice(1, 3), true)
    const mm = hh ? getnum(v.slice(4, 6), true) : undefined
    let rangeErr = ''
    if ((hh?.[0] ?? 0) > 24) rangeErr = 'time zone offset hour'
    if ((mm?.[0] ?? 0) > 60) rangeErr = 'time zone offset minute'
    const signBad = v[0] !== '+' && v[0] !== '-'
    if (rangeErr) return range(rangeErr)
    if (!hh || !mm || signBad) return bad(hold, 'Z07:00')
    v = v.slice(6)
  }
  if (v.length > 0) return `parsing time ${quote(s)}: extra text: ${quote(v)}`
  if (day < 1 || day > daysIn(month, year)) return range('day')
  return undefined
}
