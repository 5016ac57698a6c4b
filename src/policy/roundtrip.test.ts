import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildSecret,
  normalizeNote,
  parsePolicy,
  readSecret,
  serializePolicy,
  type GroupResources,
  type Policy,
  type PolicyRule,
} from './index.ts'
import { LEVELS, STAGES } from './types.ts'

/** Strings that stress YAML 1.1: booleans, numbers, nulls, indicators, unicode, escapes. */
const tricky = fc.oneof(
  fc.constantFrom(
    'no',
    'yes',
    'on',
    'Off',
    'y',
    'N',
    '~',
    'null',
    '1001',
    '0777',
    '0x1F',
    '1e3',
    '.inf',
    '12:30',
    '2001-12-14',
    '*',
    '-',
    '- x',
    ': x',
    '#',
    'a #b',
    '"',
    "'",
    '\\',
    '[a]',
    '{a}',
    '&a',
    '*a',
    '!x',
    '%x',
    '@x',
    '`x',
    '|',
    '>',
    ' lead',
    'trail ',
    '',
    'é',
    '日本',
    '🙂',
    '\t',
    'a\nb',
    '\u0085',
    '\u2028',
    '\u00a0',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
)
const list = (arb: fc.Arbitrary<string>) =>
  fc.option(fc.array(arb, { minLength: 1, maxLength: 4 }), { nil: undefined })
const group = fc.oneof(
  fc.constantFrom('', '*', 'apps', 'rbac.authorization.k8s.io', 'deckhouse.io', 'x-1.example.com'),
  fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,8}[a-z0-9])?$/),
)
const urls = fc.oneof(fc.constant('*'), fc.stringMatching(/^\/[a-z0-9/_.-]{0,10}\*?$/))

const groupResources: fc.Arbitrary<GroupResources> = fc
  .record({ group, resources: list(tricky), resourceNames: list(tricky) })
  .map(({ group, resources, resourceNames }) => {
    const gr: GroupResources = { group }
    if (resources) gr.resources = resources
    // resourceNames without resources fails validation; keep generated policies valid.
    if (resources && resourceNames) gr.resourceNames = resourceNames
    return gr
  })

const note = fc.option(fc.string({ unit: 'grapheme', maxLength: 30 }), { nil: undefined }).map((n) => {
  const v = n === undefined ? undefined : normalizeNote(n)
  return v === '' ? undefined : v
})

const rule: fc.Arbitrary<PolicyRule> = fc
  .record({
    level: fc.constantFrom(...LEVELS),
    users: list(tricky),
    userGroups: list(tricky),
    verbs: list(tricky),
    resources: fc.option(fc.array(groupResources, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    namespaces: list(tricky),
    nonResourceURLs: list(urls),
    omitStages: list(fc.constantFrom(...STAGES)),
    omitManagedFields: fc.option(fc.boolean(), { nil: undefined }),
    note,
  })
  .map((r) => {
    const out: PolicyRule = { level: r.level }
    for (const k of ['users', 'userGroups', 'verbs'] as const) if (r[k]) out[k] = r[k]
    // A rule is for resources or for URLs, never both (validation).
    if (r.nonResourceURLs && !r.resources && !r.namespaces) out.nonResourceURLs = r.nonResourceURLs
    else {
      if (r.resources) out.resources = r.resources
      if (r.namespaces) out.namespaces = r.namespaces
    }
    if (r.omitStages) out.omitStages = r.omitStages
    if (r.omitManagedFields !== undefined) out.omitManagedFields = r.omitManagedFields
    if (r.note !== undefined) out.note = r.note
    return out
  })

/** Rebuilds a rule with its keys in canonical order, so deep equality is order-independent anyway. */
const policy: fc.Arbitrary<Policy> = fc
  .record({
    rules: fc.array(rule, { minLength: 1, maxLength: 6 }),
    omitStages: list(fc.constantFrom(...STAGES)),
    omitManagedFields: fc.boolean(),
  })
  .map(({ rules, omitStages, omitManagedFields }) => {
    const p: Policy = { rules }
    if (omitStages) p.omitStages = omitStages
    if (omitManagedFields) p.omitManagedFields = true
    return p
  })

describe('round trips', () => {
  it('parsePolicy(serializePolicy(p)) gives p back, and the API server loads it', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const text = serializePolicy(p)
        const r = parsePolicy(text)
        expect(r.diagnostics).toEqual([])
        expect(r.loadable).toBe(true)
        expect(r.policy).toEqual(p)
      }),
      { numRuns: 500 },
    )
  })

  it('DKP (on Kubernetes 1.36, where group "*" loads) reads the canonical text exactly the same way', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const r = parsePolicy(serializePolicy(p), { target: 'deckhouse', kubernetesVersion: '1.36' })
        expect(r.loadable).toBe(true)
        expect(r.policy).toEqual(p.omitManagedFields ? { ...p } : p)
      }),
      { numRuns: 200 },
    )
  })

  it('serializePolicy is deterministic and a fixed point', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const text = serializePolicy(p)
        expect(serializePolicy(parsePolicy(text).policy!)).toBe(text)
      }),
      { numRuns: 200 },
    )
  })

  it('readSecret(buildSecret(t)) gives t back for any Unicode text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 50 }),
        (a, b) => {
          for (const t of [a, b]) expect(readSecret(buildSecret(t)).policyText).toBe(t)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('parsePolicy never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => {
        const r = parsePolicy(t)
        expect(typeof r.loadable).toBe('boolean')
        parsePolicy(t, { target: 'deckhouse' })
      }),
      { numRuns: 1000 },
    )
  })

  it('on valid policies with random edits (cut, duplicated, characters inserted)', () => {
    const edits = fc.tuple(policy, fc.nat(), fc.nat(), fc.string({ maxLength: 5 }))
    fc.assert(
      fc.property(edits, ([p, a, b, ins]) => {
        const text = serializePolicy(p)
        const i = a % (text.length + 1)
        const j = b % (text.length + 1)
        for (const variant of [
          text.slice(0, i),
          text.slice(0, i) + ins + text.slice(i),
          text.slice(0, i) + text.slice(j),
          text + text.slice(i),
        ]) {
          expect(() => parsePolicy(variant)).not.toThrow()
          expect(() => parsePolicy(variant, { target: 'deckhouse' })).not.toThrow()
        }
      }),
      { numRuns: 300 },
    )
  })

  it('on JSON-looking input', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (j) => {
        expect(() => parsePolicy(j)).not.toThrow()
        expect(() => parsePolicy('{' + j)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })
})
