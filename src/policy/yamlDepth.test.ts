import { describe, expect, it } from 'vitest'
import { parsePolicy } from './parse.ts'
import { MAX_YAML_DEPTH, yamlDepth } from './yamlDepth.ts'

const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n'

describe('yamlDepth: how deep a text may nest, without parsing', () => {
  const cases: Array<{ name: string; text: string; depth: number }> = [
    // The root map, the rules, a rule.
    { name: 'a flat policy', text: HEAD + 'rules:\n- level: Metadata\n', depth: 3 },
    { name: 'sequences at their key’s column', text: 'a:\n- b:\n  - c:\n    - d: 1\n', depth: 7 },
    { name: 'flow brackets', text: 'a: [[[1]]]\n', depth: 4 },
    { name: 'closed brackets do not add up', text: 'a: [1]\nb: [2]\nc: {d: [3]}\n', depth: 3 },
    { name: 'compact sequences count two levels per dash', text: '- - - x\n', depth: 7 },
    { name: 'indentation nests per deeper column', text: 'a:\n  b:\n    c:\n      d: 1\n', depth: 4 },
    { name: 'going back out pops levels', text: 'a:\n  b: 1\nc:\n  d: 1\n', depth: 2 },
    { name: 'blank and comment lines are no level', text: 'a:\n\n        # x\n  b: 1\n', depth: 2 },
    // Counted even where a parser would not (an upper bound: hostile text cannot hide levels in a string).
    { name: 'brackets in a quoted scalar', text: 'a: "[[["\n', depth: 4 },
  ]
  for (const c of cases) it(c.name, () => expect(yamlDepth(c.text).depth).toBe(c.depth))

  it('says where the deepest level is first reached', () => {
    expect(yamlDepth('a: 1\nb: [[x]]\n')).toEqual({ depth: 3, offset: 9 })
  })

  it('stops counting past the limit (8 MiB of brackets is not read to the end)', () => {
    const text = '['.repeat(8 << 20)
    expect(yamlDepth(text, 10).depth).toBe(11)
  })
})

describe('parsePolicy on deep nesting: refused before anything recurses, never a throw or an abort', () => {
  const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)

  // Reproduction of issue 17: 18 KB of nested JSON read for DKP twice in one process aborted it with "FATAL
  // ERROR: RegExpCompiler Allocation failed" (a crash of this test worker, not a failed assertion).
  it('18 KB of nested JSON read for DKP, three times over: a clear error each time', () => {
    const text = deepObject(3000)
    for (let i = 0; i < 3; i++) {
      const r = parsePolicy(text, { target: 'deckhouse' })
      expect(r.loadable).toBe(false)
      expect(r.failure).toBe(
        `invalid audit-policy.yaml format: error converting YAML to JSON: yaml: nested deeper than ${MAX_YAML_DEPTH} levels, where this reader stops (go-yaml stops at 10000)`,
      )
      // At the bracket that opens level 201 (the root line counts one).
      expect(r.diagnostics[0]!.range?.start).toMatchObject({ line: 1, column: 1 + 5 * (MAX_YAML_DEPTH - 1) })
    }
  })

  it('nesting at the limit is read as usual', () => {
    const r = parsePolicy(HEAD + 'rules: []\nx: ' + deepObject(MAX_YAML_DEPTH - 5) + '\n', {
      target: 'deckhouse',
    })
    expect(r.failure).toMatch(/unknown field "x"/)
  })

  it("past go-yaml's own limit: go-yaml's error at the bracket where its scanner stops", () => {
    const text = HEAD + 'x: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n'
    for (const target of ['kube-apiserver', 'deckhouse'] as const) {
      const r = parsePolicy(text, { target })
      expect(r.failure).toMatch(/yaml: exceeded max depth of 10000$/)
      expect(r.diagnostics[0]!.range?.start).toMatchObject({ line: 3, column: 4 + 10000 })
    }
  })

  it('8 MiB of nested brackets (under the 16 MiB limit) is refused without building a tree', () => {
    const r = parsePolicy('['.repeat(4 << 20) + ']'.repeat(4 << 20), { target: 'kube-apiserver' })
    expect(r.failure).toBe('failed decoding: yaml: exceeded max depth of 10000')
  })

  it('compact sequences and aliases nest too', () => {
    const dashes = parsePolicy(HEAD + 'rules:\n' + '- '.repeat(5000) + 'x\n', { target: 'deckhouse' })
    expect(dashes.failure).toMatch(/nested deeper than 200 levels/)
    // Each anchor nests the one before: the text is shallow, the value is not.
    const chain = Array.from({ length: 210 }, (_, i) => `a${i + 1}: &a${i + 1} [${i === 0 ? '1' : `*a${i}`}]`)
    const aliases = parsePolicy(HEAD + 'rules: []\n' + chain.join('\n') + '\n', { target: 'deckhouse' })
    expect(aliases.failure).toMatch(/nested deeper than 200 levels/)
  })
})
