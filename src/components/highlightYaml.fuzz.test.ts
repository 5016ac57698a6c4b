import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { highlightYaml } from './highlightYaml.ts'

describe('highlightYaml on any text', () => {
  it('gives every text back unchanged, line by line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...' \t-:#"\'[]{},ab1\n\r.~') }), (text) => {
        const lines = highlightYaml(text)
        expect(lines.map((l) => l.map((t) => t.text).join('')).join('\n')).toBe(text)
        for (const l of lines) for (const t of l) expect(t.text).not.toBe('')
      }),
      { numRuns: fuzzRuns(2000, 50000), seed: fuzzSeed() },
    )
  })
})
