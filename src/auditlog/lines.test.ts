import { describe, expect, it } from 'vitest'
import { LineSplitter, type LineSink } from './lines.ts'

interface Seen {
  lines: [number, string, boolean][]
  tooLong: [number, number][]
}

/**
 * split pushes `text` in the given chunk sizes and records what the sink receives. With `runs`, the sink takes
 * whole lines in runs (as the analyzer does) and splits them itself, dropping CRs and over-long lines like the
 * splitter does.
 */
function split(
  text: string | Uint8Array,
  chunkSizes: number[] = [1 << 20],
  maxLineBytes?: number,
  runs = false,
): Seen {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text
  const seen: Seen = { lines: [], tooLong: [] }
  const decode = (b: Uint8Array, s: number, e: number) =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(b.subarray(s, e))
  const sink: LineSink = {
    line: (b, s, e, n, terminated) => seen.lines.push([n, decode(b, s, e), terminated]),
    tooLong: (n, size) => seen.tooLong.push([n, size]),
  }
  if (runs) {
    sink.lines = (b, s, last, n) => {
      expect(b[last]).toBe(0x0a)
      while (s <= last) {
        const nl = b.indexOf(0x0a, s)
        n++
        if (nl - s > (maxLineBytes ?? Infinity)) seen.tooLong.push([n, nl - s])
        else seen.lines.push([n, decode(b, s, b[nl - 1] === 0x0d ? nl - 1 : nl), true])
        s = nl + 1
      }
      return n
    }
  }
  const splitter = new LineSplitter(sink, maxLineBytes)
  let pos = 0
  let k = 0
  while (pos < bytes.length) {
    const size = chunkSizes[k++ % chunkSizes.length]!
    // Copy each chunk into a fresh buffer that is then scribbled over, as a reused read buffer would be.
    const chunk = bytes.slice(pos, pos + size)
    splitter.push(chunk)
    chunk.fill(0x7d)
    pos += size
  }
  splitter.end()
  return seen
}

describe('LineSplitter', () => {
  const cases: { name: string; text: string; lines: [number, string, boolean][] }[] = [
    {
      name: 'LF lines',
      text: 'a\nbb\nccc\n',
      lines: [
        [1, 'a', true],
        [2, 'bb', true],
        [3, 'ccc', true],
      ],
    },
    {
      name: 'CRLF lines lose the CR',
      text: 'a\r\nbb\r\n',
      lines: [
        [1, 'a', true],
        [2, 'bb', true],
      ],
    },
    {
      name: 'a last line without newline is unterminated',
      text: 'a\n{"cut',
      lines: [
        [1, 'a', true],
        [2, '{"cut', false],
      ],
    },
    {
      name: 'blank lines keep their numbers',
      text: '\n\nx\n',
      lines: [
        [1, '', true],
        [2, '', true],
        [3, 'x', true],
      ],
    },
    {
      name: 'a UTF-8 BOM before the first line is dropped',
      text: '\ufeff{"a":1}\n\ufeffb\n',
      lines: [
        [1, '{"a":1}', true],
        [2, '\ufeffb', true],
      ],
    },
    { name: 'an empty input has no lines', text: '', lines: [] },
    { name: 'multi-byte characters pass through', text: 'Grüße 日本\n', lines: [[1, 'Grüße 日本', true]] },
  ]
  for (const c of cases) {
    it(`${c.name}, whatever the chunk boundaries`, () => {
      const total = new TextEncoder().encode(c.text).length
      for (const runs of [false, true]) {
        for (let size = 1; size <= Math.max(1, total); size++) {
          expect(split(c.text, [size], undefined, runs).lines, `chunks of ${size}`).toEqual(c.lines)
        }
        expect(split(c.text, [3, 1, 7], undefined, runs).lines).toEqual(c.lines)
      }
    })
  }

  it('skips a line longer than the limit, reports its number and length, and goes on', () => {
    const text = `short\n${'x'.repeat(50)}\nafter\n${'y'.repeat(30)}`
    for (const [sizes, runs] of [
      [[1 << 20], false],
      [[7], false],
      [[1, 2, 3], false],
      [[1 << 20], true],
      [[7], true],
      [[1, 2, 3], true],
    ] as [number[], boolean][]) {
      const seen = split(text, sizes, 20, runs)
      expect(seen.lines).toEqual([
        [1, 'short', true],
        [3, 'after', true],
      ])
      expect(seen.tooLong).toEqual([
        [2, 50],
        [4, 30],
      ])
    }
  })

  it('keeps counting lines and bytes', () => {
    const sink: LineSink = { line: () => undefined, tooLong: () => undefined }
    const s = new LineSplitter(sink)
    s.push(new TextEncoder().encode('a\nb\nc'))
    s.end()
    expect([s.lines, s.bytes]).toEqual([3, 5])
  })
})
