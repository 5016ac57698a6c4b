import { describe, expect, it } from 'vitest'
import { diffText } from './applyText.ts'

const apply = (before: string, after: string) => {
  const c = diffText(before, after)
  return c ? before.slice(0, c.start) + c.text + before.slice(c.end) : before
}

describe('diffText', () => {
  it.each([
    ['', 'abc'],
    ['abc', ''],
    ['abc', 'abxc'],
    ['aaa', 'aaaa'],
    ['rules:\n  - level: None\n', 'rules:\n  - level: Metadata\n'],
    ['x\ny\nz', 'x\nz'],
    ['abab', 'ab'],
  ])('turns %j into %j with one replacement', (before, after) => {
    expect(apply(before, after)).toBe(after)
  })

  it('returns null when nothing changed', () => {
    expect(diffText('same', 'same')).toBeNull()
  })

  it('touches only the changed part', () => {
    expect(diffText('# a\n- level: None', '# ab\n- level: None')).toEqual({ start: 3, end: 3, text: 'b' })
  })
})
