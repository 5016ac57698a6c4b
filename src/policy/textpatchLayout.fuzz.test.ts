// Property: patching the quick way (a known layout: only the changed rules are read, each alone; textpatch.ts,
// TextLayout) gives exactly the text the whole reading gives, edit after edit, and the layout it works out for
// the next edit is the one a whole reading of the new text finds.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { parsePolicy } from './parse.ts'
import { keptPolicyText, knownLayout, rememberLayout, textLayout } from './textpatch.ts'
import type { Policy, PolicyRule, Target } from './types.ts'

const TARGET: Target = 'kube-apiserver'
const LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse']
const VALUES = ['alice', 'bob', 'get', 'list', '*', 'system:authenticated', 'no', 'a b', "it's"]

interface GenRule {
  level: string
  quoted: boolean
  users: string[] | null
  flow: boolean
  group: boolean
  note: string | null
  blankAbove: boolean
  loneComment: boolean
  endComment: boolean
  inline: boolean
}

const aGenRule: fc.Arbitrary<GenRule> = fc.record({
  level: fc.constantFrom(...LEVELS),
  quoted: fc.boolean(),
  users: fc.option(fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3 }), { nil: null }),
  flow: fc.boolean(),
  group: fc.boolean(),
  note: fc.option(fc.constantFrom('who reads', 'two\nlines', 'a\n\nparagraph'), { nil: null }),
  blankAbove: fc.boolean(),
  loneComment: fc.boolean(),
  endComment: fc.boolean(),
  inline: fc.boolean(),
})

function writeText(rules: GenRule[], dash: number, crlf: boolean, trailer: boolean): string {
  const pad = ' '.repeat(dash)
  const inner = ' '.repeat(dash + 2)
  const q = (v: string) => JSON.stringify(v)
  const lines = ['# header', 'apiVersion: audit.k8s.io/v1', 'kind: Policy', 'rules: # the rules']
  let c = 0
  for (const r of rules) {
    if (r.blankAbove) lines.push('')
    if (r.loneComment) lines.push(`${pad}# lone ${++c}`, '')
    if (r.note) for (const l of r.note.split('\n')) lines.push(l ? `${pad}# ${l}` : `${pad}#`)
    lines.push(`${pad}- level: ${r.quoted ? q(r.level) : r.level}${r.inline ? ` # inline ${++c}` : ''}`)
    if (r.users) {
      if (r.flow) lines.push(`${inner}users: [${r.users.map(q).join(', ')}]`)
      else {
        lines.push(`${inner}users:`)
        for (const u of r.users) lines.push(`${inner}  - ${q(u)}`)
      }
    }
    if (r.group) lines.push(`${inner}resources:`, `${inner}  - group: ""`, `${inner}    resources: [pods]`)
    if (r.endComment) lines.push(`${inner}# end ${++c}`)
  }
  if (trailer) lines.push('# the end')
  return lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n')
}

type Edit =
  | { kind: 'level'; at: number; level: string }
  | { kind: 'users'; at: number; users: string[] }
  | { kind: 'note'; at: number; note: string | null }
  | { kind: 'add'; level: string }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'duplicate'; at: number }

const anEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('level' as const), at: fc.nat(), level: fc.constantFrom(...LEVELS) }),
  fc.record({
    kind: fc.constant('users' as const),
    at: fc.nat(),
    users: fc.array(fc.constantFrom(...VALUES), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('note' as const),
    at: fc.nat(),
    note: fc.option(fc.constantFrom('changed', 'x\ny'), { nil: null }),
  }),
  fc.record({ kind: fc.constant('add' as const), level: fc.constantFrom(...LEVELS) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
)

let nextId = 0
function applyEdit(policy: Policy, ids: string[], e: Edit): { policy: Policy; ids: string[] } {
  const rules = [...policy.rules]
  const next = [...ids]
  const n = rules.length
  const at = 'at' in e ? e.at % n : 0
  const set = (r: PolicyRule) => (rules[at] = r)
  switch (e.kind) {
    case 'level':
      set({ ...rules[at]!, level: e.level as PolicyRule['level'] })
      break
    case 'users': {
      const { users: _gone, ...rest } = rules[at]!
      set(e.users.length > 0 ? { ...rest, users: e.users } : rest)
      break
    }
    case 'note': {
      const { note: _gone, ...rest } = rules[at]!
      set(e.note ? { ...rest, note: e.note } : rest)
      break
    }
    case 'add':
      rules.push({ level: e.level as PolicyRule['level'] })
      next.push(`new${++nextId}`)
      break
    case 'remove':
      if (n === 1) return { policy, ids }
      rules.splice(at, 1)
      next.splice(at, 1)
      break
    case 'move': {
      const to = e.to % n
      const [r] = rules.splice(at, 1)
      const [id] = next.splice(at, 1)
      rules.splice(to, 0, r!)
      next.splice(to, 0, id!)
      break
    }
    case 'duplicate':
      rules.splice(at + 1, 0, { ...rules[at]! })
      next.splice(at + 1, 0, `dup${++nextId}`)
      break
  }
  return { policy: { ...policy, rules }, ids: next }
}

describe('patching the quick way', () => {
  it('gives the text the whole reading gives, and the layout the whole reading finds, edit after edit', () => {
    const arb = fc.record({
      rules: fc.array(aGenRule, { minLength: 1, maxLength: 6 }),
      dash: fc.constantFrom(0, 2, 4),
      crlf: fc.boolean(),
      trailer: fc.boolean(),
      edits: fc.array(anEdit, { minLength: 1, maxLength: 6 }),
    })
    let quick = 0
    fc.assert(
      fc.property(arb, (g) => {
        let text = writeText(g.rules, g.dash, g.crlf, g.trailer)
        let policy = parsePolicy(text, { target: TARGET }).policy
        expect(policy, text).not.toBeNull()
        let ids = policy!.rules.map((_, i) => `r${i}`)
        // The first layout as the page's reader worker works it out.
        const first = textLayout(text, TARGET)
        expect(first, text).not.toBeNull()
        rememberLayout(text, TARGET, first!)
        for (const e of g.edits) {
          const next = applyEdit(policy!, ids, e)
          const input = {
            text,
            before: policy!,
            after: next.policy,
            beforeIds: ids,
            afterIds: next.ids,
            target: TARGET,
          }
          const whole = keptPolicyText(input, { wholeText: true })
          const got = keptPolicyText(input)
          expect(got, `${text}\n--- after ${JSON.stringify(e)}`).toBe(whole)
          if (got === null) return
          const layout = knownLayout(got, TARGET)
          if (layout) {
            quick++
            expect(layout, got).toEqual(textLayout(got, TARGET))
          }
          text = got
          policy = next.policy
          ids = next.ids
        }
      }),
      { numRuns: fuzzRuns(300, 5000), seed: fuzzSeed() },
    )
    // The quick way is what most edits take (else this property tests nothing).
    expect(quick).toBeGreaterThan(300)
  })
})
