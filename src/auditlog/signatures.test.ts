import { describe, expect, it } from 'vitest'
import { hashWords, SignatureTable } from './signatures.ts'

/** keyOf writes a key of `bytes` (≥ 4) bytes, zero-padded to words as KeyBuilder does: `n`, then filler. */
function keyOf(n: number, bytes: number): Int32Array {
  const k = new Uint8Array((bytes + 3) & ~3)
  new DataView(k.buffer).setInt32(0, n, true)
  for (let i = 4; i < bytes; i++) k[i] = (n * 31 + i * 7) & 0xff
  return new Int32Array(k.buffer)
}

describe('SignatureTable', () => {
  it('finds every key it holds, through growth and rehashing, and no other', () => {
    const table = new SignatureTable<number>()
    const count = 20_000
    const lengthOf = (n: number) => 4 + (n % 97)
    for (let n = 0; n < count; n++) {
      const k = keyOf(n, lengthOf(n))
      const h = hashWords(k, (lengthOf(n) + 3) >> 2, lengthOf(n))
      expect(table.find(k, lengthOf(n), h)).toBe(-1)
      expect(table.add(k, lengthOf(n), h, n)).toBe(n)
    }
    expect(table.size).toBe(count)
    for (let n = 0; n < count; n++) {
      const k = keyOf(n, lengthOf(n))
      const id = table.find(k, lengthOf(n), hashWords(k, (lengthOf(n) + 3) >> 2, lengthOf(n)))
      expect(id).toBe(n)
      expect(table.infos[id]).toBe(n)
    }
    // Same bytes, another length; another key under a hash that is present.
    const k = keyOf(5, lengthOf(5))
    expect(table.find(k, lengthOf(5) + 1, hashWords(k, (lengthOf(5) + 4) >> 2, lengthOf(5) + 1))).toBe(-1)
    const other = keyOf(count + 1, lengthOf(5))
    expect(table.find(other, lengthOf(5), hashWords(k, (lengthOf(5) + 3) >> 2, lengthOf(5)))).toBe(-1)
  })

  it('tells keys apart that share a hash', () => {
    const table = new SignatureTable<string>()
    const a = keyOf(1, 8)
    const b = keyOf(2, 8)
    table.add(a, 8, 42, 'a')
    table.add(b, 8, 42, 'b')
    expect(table.find(a, 8, 42)).toBe(0)
    expect(table.find(b, 8, 42)).toBe(1)
    expect(table.find(keyOf(3, 8), 8, 42)).toBe(-1)
    table.clear()
    expect(table.find(a, 8, 42)).toBe(-1)
    expect(table.add(b, 8, 42, 'b')).toBe(0)
    expect(table.find(b, 8, 42)).toBe(0)
  })
})
