// Seeded fuzz corpora: inputs that once broke something (or came close), kept in src/testdata/fuzz/<name>.json and
// replayed by every fuzz run before the generated ones. An entry is a string, or a bomb too big to keep as text:
// {"repeat": "[", "times": 20000, "then": "]"} stands for "[" × 20000 followed by "]" × 20000.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'

type Entry = string | { before?: string; repeat: string; times: number; then?: string; after?: string }

/** corpus reads src/testdata/fuzz/<name>.json and expands its bombs. */
export function corpus(name: string): string[] {
  const url = new URL(`../testdata/fuzz/${name}.json`, import.meta.url)
  const entries = JSON.parse(readFileSync(url, 'utf8')) as Entry[]
  return entries.map((e) =>
    typeof e === 'string'
      ? e
      : (e.before ?? '') + e.repeat.repeat(e.times) + (e.then ?? '').repeat(e.times) + (e.after ?? ''),
  )
}

/** HOSTILE_CHARS: characters that have broken or fooled text handling somewhere. */
export const HOSTILE_CHARS = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\ufeff',
  '\u0000',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udfff',
  '\t',
  '\r',
  '\n',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '[',
  ']',
  ':',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  ',',
  '-',
  '?',
  '~',
  '😀',
  'ß',
  'İ',
  'ש',
  'ع',
]

/** hostileString: short strings mixing plain text with HOSTILE_CHARS (where bugs live). */
export const hostileString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE_CHARS),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''))

/** mutate: a string with a few random edits (cut, dropped or doubled slice, inserted hostile character). */
export function mutate(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 4 }), fc.constantFrom(...HOSTILE_CHARS))
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([s, edits]) => {
    for (const [a, b, kind, c] of edits) {
      const i = s.length === 0 ? 0 : a % (s.length + 1)
      const j = Math.min(s.length, i + (b % 16))
      if (kind === 0) s = s.slice(0, i)
      else if (kind === 1) s = s.slice(0, i) + s.slice(j)
      else if (kind === 2) s = s.slice(0, j) + s.slice(i, j) + s.slice(j)
      else s = s.slice(0, i) + c + s.slice(i)
    }
    return s
  })
}
