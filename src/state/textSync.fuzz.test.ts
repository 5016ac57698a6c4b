// Property: the user's text is kept. For generated policy texts with comments everywhere (header, policy
// level, above, inside and at the end of a rule, inline) in every style (flow and block lists, plain, single-
// and double-quoted strings, any key order, unknown fields), import → one form edit → export changes only
// that field's lines, every comment is still there, and the text reads as the edited policy.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { parsePolicy } from '../policy/parse.ts'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { serializePolicy } from '../policy/serialize.ts'
import { importPolicy, setResourceGroupField, setRuleField } from './edits.ts'
import { documentText } from './derived.ts'
import { createDocument } from './document.ts'
import { createEditorStore } from './store.ts'
import { loadTextPatcher } from './textSync.ts'

type Style = 'plain' | 'single' | 'double'
const PLAIN_SAFE = [
  'alice',
  'bob',
  'get',
  'list',
  'watch',
  'pods',
  'secrets',
  'kube-system',
  'apps',
  'team-a',
]
const ANY = [...PLAIN_SAFE, '*', 'system:authenticated', 'no', '1001', 'a b']
const LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse']

interface GenList {
  key: string
  values: string[]
  style: Style
  flow: boolean
}
interface GenRule {
  level: string
  levelStyle: Style
  lists: GenList[]
  group: { name: string; resources: string[]; flow: boolean } | null
  note: boolean
  blankAbove: boolean
  innerComment: boolean
  endComment: boolean
  inline: boolean
  unknown: boolean
}

const quote = (v: string, style: Style) =>
  style === 'plain' && PLAIN_SAFE.includes(v)
    ? v
    : style === 'single'
      ? `'${v.replace(/'/g, "''")}'`
      : JSON.stringify(v)

const aList = (key: string) =>
  fc.record({
    key: fc.constant(key),
    values: fc.array(fc.constantFrom(...ANY), { minLength: 1, maxLength: 3 }),
    style: fc.constantFrom<Style>('plain', 'single', 'double'),
    flow: fc.boolean(),
  })

const aGenRule: fc.Arbitrary<GenRule> = fc.record({
  level: fc.constantFrom(...LEVELS),
  levelStyle: fc.constantFrom<Style>('plain', 'double', 'single'),
  lists: fc
    .subarray(['users', 'userGroups', 'verbs', 'namespaces', 'omitStages'])
    .chain((keys) => fc.tuple(...keys.map(aList)))
    .chain((lists) => fc.shuffledSubarray(lists, { minLength: lists.length, maxLength: lists.length })),
  group: fc.option(
    fc.record({
      name: fc.constantFrom('', 'apps'),
      resources: fc.array(fc.constantFrom('pods', 'secrets', 'deployments'), { minLength: 1, maxLength: 2 }),
      flow: fc.boolean(),
    }),
    { nil: null },
  ),
  note: fc.boolean(),
  blankAbove: fc.boolean(),
  innerComment: fc.boolean(),
  endComment: fc.boolean(),
  inline: fc.boolean(),
  unknown: fc.boolean(),
})

/** The text, and for each rule the line spans (0-based, end exclusive) of each of its fields. */
interface Generated {
  text: string
  fields: Array<Map<string, [number, number]>>
  ruleSpans: Array<[number, number]>
}

function writePolicy(rules: GenRule[], dash: number, header: boolean): Generated {
  let c = 0
  const comment = () => `# c${++c}`
  const lines: string[] = []
  if (header) lines.push(comment(), comment(), '')
  lines.push(`apiVersion: audit.k8s.io/v1 ${comment()}`, 'kind: Policy', comment(), `rules: ${comment()}`)
  const pad = ' '.repeat(dash)
  const inner = ' '.repeat(dash + 2)
  const fields: Generated['fields'] = []
  const ruleSpans: Generated['ruleSpans'] = []
  for (const r of rules) {
    if (r.blankAbove) lines.push('')
    const start = lines.length
    if (r.note) lines.push(`${pad}${comment()}`)
    const spans = new Map<string, [number, number]>()
    spans.set('level', [lines.length, lines.length + 1])
    lines.push(`${pad}- level: ${quote(r.level, r.levelStyle)}${r.inline ? ` ${comment()}` : ''}`)
    for (const l of r.lists) {
      if (r.innerComment) lines.push(`${inner}${comment()}`)
      const from = lines.length
      if (l.flow) lines.push(`${inner}${l.key}: [${l.values.map((v) => quote(v, l.style)).join(', ')}]`)
      else {
        lines.push(`${inner}${l.key}:${r.inline ? ` ${comment()}` : ''}`)
        for (const v of l.values)
          lines.push(`${inner}  - ${quote(v, l.style)}${r.inline ? ` ${comment()}` : ''}`)
      }
      spans.set(l.key, [from, lines.length])
    }
    if (r.group) {
      const from = lines.length
      lines.push(`${inner}resources:`)
      lines.push(`${inner}  - group: "${r.group.name}"`)
      if (r.group.flow) lines.push(`${inner}    resources: [${r.group.resources.join(', ')}]`)
      else {
        lines.push(`${inner}    resources:`)
        for (const v of r.group.resources) lines.push(`${inner}      - ${v}`)
      }
      spans.set('resources', [from, lines.length])
    }
    if (r.unknown) lines.push(`${inner}verb: [get] ${comment()}`)
    if (r.endComment) lines.push(`${inner}${comment()}`)
    fields.push(spans)
    ruleSpans.push([start, lines.length])
  }
  lines.push(comment())
  return { text: lines.join('\n') + '\n', fields, ruleSpans }
}

const commentsOf = (text: string): string[] => (text.match(/# c\d+/g) ?? []).sort()

/** The old lines that changed: [from, to) in the old text's lines (empty for a pure insertion at `from`). */
function changedLines(a: string, b: string): [number, number] {
  const x = a.split('\n')
  const y = b.split('\n')
  let head = 0
  while (head < x.length && head < y.length && x[head] === y[head]) head++
  let tail = 0
  while (
    tail < x.length - head &&
    tail < y.length - head &&
    x[x.length - 1 - tail] === y[y.length - 1 - tail]
  )
    tail++
  return [head, x.length - tail]
}

type EditSpec =
  | { kind: 'level'; rule: number; level: string }
  | { kind: 'list'; rule: number; key: 'users' | 'userGroups' | 'verbs' | 'namespaces'; values: string[] }
  | { kind: 'group'; rule: number; resources: string[] }

describe('the user text is kept through form edits', () => {
  beforeAll(async () => {
    await loadTextPatcher()
  })

  it('one form edit changes only that field’s lines and keeps every comment', () => {
    const arb = fc
      .record({
        rules: fc.array(aGenRule, { minLength: 1, maxLength: 5 }),
        dash: fc.constantFrom(0, 2, 4),
        header: fc.boolean(),
      })
      .chain((g) =>
        fc.tuple(
          fc.constant(g),
          fc.oneof(
            fc.record({
              kind: fc.constant('level' as const),
              rule: fc.nat(g.rules.length - 1),
              level: fc.constantFrom(...LEVELS),
            }),
            fc.record({
              kind: fc.constant('list' as const),
              rule: fc.nat(g.rules.length - 1),
              key: fc.constantFrom(
                'users' as const,
                'userGroups' as const,
                'verbs' as const,
                'namespaces' as const,
              ),
              values: fc.array(fc.constantFrom(...ANY), { maxLength: 3 }),
            }),
            fc.record({
              kind: fc.constant('group' as const),
              rule: fc.nat(g.rules.length - 1),
              resources: fc.array(fc.constantFrom('pods', 'configmaps', '*'), { minLength: 1, maxLength: 3 }),
            }),
          ) as fc.Arbitrary<EditSpec>,
        ),
      )
    fc.assert(
      fc.property(arb, ([g, edit]) => {
        const gen = writePolicy(g.rules, g.dash, g.header)
        const read = parsePolicy(gen.text, { target: 'kube-apiserver' })
        expect(read.policy, gen.text).not.toBeNull()
        const store = createEditorStore(createDocument())
        store.dispatch(importPolicy, read.policy, undefined, gen.text)
        const before = store.getState().doc
        expect(documentText(before)).toBe(gen.text)
        let field: string
        if (edit.kind === 'level') {
          store.dispatch(setRuleField, edit.rule, 'level', edit.level)
          field = 'level'
        } else if (edit.kind === 'list') {
          store.dispatch(setRuleField, edit.rule, edit.key, edit.values)
          field = edit.key
        } else {
          if (!before.policy.rules[edit.rule]!.resources) return
          store.dispatch(setResourceGroupField, edit.rule, 0, 'resources', edit.resources)
          field = 'resources'
        }
        const after = store.getState().doc
        const out = documentText(after)
        // It reads as the edited policy.
        const back = parsePolicy(out, { target: 'kube-apiserver' }).policy
        expect(back && serializePolicy(back), out).toBe(serializePolicy(after.policy))
        // Every comment is still there, but those on the edited field's own lines (a removed list item's).
        const span = gen.fields[edit.rule]!.get(field)
        const inField = span ? gen.text.split('\n').slice(span[0], span[1]).join('\n') : ''
        const lost = commentsOf(gen.text).filter((c) => !commentsOf(out).includes(c))
        expect(
          lost.filter((c) => !new RegExp(`${c}(?!\\d)`).test(inField)),
          out,
        ).toEqual([])
        if (out === gen.text) return
        // Only that field's lines changed: inside its span, or an insertion inside its rule.
        const [from, to] = changedLines(gen.text, out)
        const [rs, re] = gen.ruleSpans[edit.rule]!
        if (span) {
          expect(from, out).toBeGreaterThanOrEqual(span[0])
          expect(to, out).toBeLessThanOrEqual(span[1])
        } else {
          expect(to, out).toBe(from)
          expect(from, out).toBeGreaterThan(rs)
          expect(from, out).toBeLessThanOrEqual(re)
        }
      }),
      { numRuns: fuzzRuns(300, 5000), seed: fuzzSeed() },
    )
  })
})
