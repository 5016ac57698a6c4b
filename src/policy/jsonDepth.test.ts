import { describe, expect, it } from 'vitest'
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './jsonDepth.ts'

const nested = (n: number) => '['.repeat(n) + ']'.repeat(n)

describe('jsonDepthExceeds', () => {
  it.each([
    ['flat JSON', '{"a":[1,2,{"b":3}]}', 3, false],
    ['exactly at the limit', nested(5), 5, false],
    ['one level over', nested(6), 5, true],
    ['brackets inside strings do not count', `["${'['.repeat(50)}"]`, 2, false],
    ['an escaped quote does not end the string', `["\\"${'{'.repeat(50)}"]`, 2, false],
    ['an escaped backslash ends before the quote', `["\\\\", [[[]]]]`, 3, true],
    ['siblings do not add up', '[[],[],[],[]]', 2, false],
  ])('%s', (_name, text, limit, want) => {
    expect(jsonDepthExceeds(text, limit)).toBe(want)
  })

  it('takes 100,000 levels in one pass, without recursion', () => {
    expect(jsonDepthExceeds(nested(100_000))).toBe(true)
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH))).toBe(false)
  })
})
