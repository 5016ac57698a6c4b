// The findings of the user's kept text: read in the page for a small text; for a big one, while textReader.ts
// reads it off the page, the findings of the text before it stand in; texts read before are not read again.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  BIG_TEXT,
  keptTextNeeds,
  loadTextPatcher,
  readBigTextsOffPage,
  rememberTextFindings,
  textFindings,
} from './textSync.ts'

const TARGET = 'kube-apiserver'

/** A policy text of at least `size` characters whose rule `bad` carries an unknown field (a Decode finding). */
function policyText(size: number, bad: number, tag: string): string {
  let out = `# ${tag}\napiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n`
  for (let i = 0; out.length < size; i++)
    out += `  - level: Metadata\n    users: ["user-${i}"]\n${i === bad ? '    verb: [get]\n' : ''}`
  return out
}

describe('textFindings', () => {
  beforeAll(async () => {
    await loadTextPatcher()
  })
  afterEach(() => readBigTextsOffPage(false))

  it('reads a small text in the page', () => {
    const found = textFindings(policyText(1000, 0, 'small'), TARGET)
    expect(found.map((d) => d.path)).toEqual(['rules[0].verb'])
  })

  it('shows the text before a big one until the big one is read off the page, then its own findings', () => {
    readBigTextsOffPage(true)
    const before = policyText(BIG_TEXT, 1, 'big one')
    rememberTextFindings(before, TARGET, [])
    expect(textFindings(before, TARGET)).toEqual([])
    const previous = textFindings(policyText(1000, 2, 'small two'), TARGET)
    expect(previous.map((d) => d.path)).toEqual(['rules[2].verb'])

    const big = policyText(BIG_TEXT, 3, 'big two')
    expect(keptTextNeeds(big, TARGET)).toEqual({ findings: true, layout: true })
    // Not read in the page: the last findings shown stand in.
    expect(textFindings(big, TARGET)).toBe(previous)
    // Read off the page (textReader.ts): its own.
    const own = [{ ...previous[0]!, path: 'rules[3].verb' }]
    rememberTextFindings(big, TARGET, own)
    expect(keptTextNeeds(big, TARGET).findings).toBe(false)
    expect(textFindings(big, TARGET)).toEqual(own)
  })

  it('reads a big text in the page when nothing reads it off the page (no worker)', () => {
    const big = policyText(BIG_TEXT, 4, 'big three')
    expect(textFindings(big, TARGET).map((d) => d.path)).toEqual(['rules[4].verb'])
  })
})
