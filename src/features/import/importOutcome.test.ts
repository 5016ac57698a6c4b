// What the Import dialog decides from a text: detection of policies, Secrets and ModuleConfigs (the core's
// importText) and the outcome the dialog shows (importOutcome), with property tests for the detection and for
// the comment ⇄ note round trip.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importText } from '../../policy/importing.ts'
import { buildModuleConfig, defaultDkpSettings } from '../../policy/moduleconfig.ts'
import { normalizeNote } from '../../policy/notes.ts'
import { buildSecret } from '../../policy/secret.ts'
import { serializePolicy } from '../../policy/serialize.ts'
import type { Policy, PolicyRule } from '../../policy/types.ts'
import { MAX_RULES } from '../../state/storedWork.ts'
import { aPolicy, aRule } from '../../testing/builders.ts'
import { aRuleArb } from '../../testing/ruleArbitraries.ts'
import { importOutcome } from './importOutcome.ts'
import { setActiveLocale } from '../../i18n/locale.ts'
import { ownText } from '../../i18n/ownFindings.ts'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n'
const stdout = {
  ...defaultDkpSettings(),
  auditLog: { output: 'Stdout' as const, path: '/var/log/kube-audit' },
}

describe('importOutcome', () => {
  const cases: Array<{
    name: string
    text: string
    canImport: boolean
    rules?: number
    settings?: boolean
    errors?: number
    ignored?: number
    within?: 'text' | 'secret'
    tooMany?: number
  }> = [
    { name: 'a clean policy', text: POLICY, canImport: true, rules: 1, errors: 0 },
    {
      name: 'unknown fields are warnings the API server ignores',
      text: POLICY + '    verb: [get]\n',
      canImport: true,
      rules: 1,
      ignored: 1,
    },
    {
      name: 'a policy that would not load still comes in, its errors counted',
      text: POLICY.replace('Metadata', 'Loud'),
      canImport: true,
      rules: 1,
      errors: 1,
    },
    { name: 'malformed YAML brings nothing', text: 'rules:\n  - level: [\n', canImport: false, errors: 1 },
    {
      name: 'a Secret: problems in its policy point into the decoded policy',
      text: buildSecret(POLICY.replace('Metadata', 'Loud')),
      canImport: true,
      rules: 1,
      errors: 1,
      within: 'secret',
    },
    {
      name: 'a Secret with bad base64 brings nothing',
      text: buildSecret(POLICY).replace(/: \S+\n$/, ': abc*def=\n'),
      canImport: false,
      errors: 1,
      within: 'text',
    },
    {
      name: 'a ModuleConfig alone brings its settings',
      text: buildModuleConfig(stdout),
      canImport: true,
      settings: true,
    },
    {
      name: 'the Secret with the ModuleConfig brings both',
      text: buildSecret(POLICY) + '---\n' + buildModuleConfig(stdout),
      canImport: true,
      rules: 1,
      settings: true,
    },
    {
      name: 'more rules than the builder takes brings nothing',
      text: serializePolicy(aPolicy(Array.from({ length: MAX_RULES + 1 }, () => aRule()))),
      canImport: false,
      tooMany: MAX_RULES + 1,
    },
    { name: 'binary content brings nothing', text: '\u0000\u0001PNG', canImport: false, errors: 1 },
  ]
  it.each(cases)('$name', (c) => {
    const o = importOutcome(importText(c.text))
    expect(o.canImport).toBe(c.canImport)
    if (c.rules !== undefined) expect(o.policy?.rules).toHaveLength(c.rules)
    if (c.settings !== undefined) expect(o.settings !== undefined).toBe(c.settings)
    if (c.errors !== undefined) expect(o.errors).toBe(c.errors)
    if (c.ignored !== undefined) expect(o.problems.filter((p) => p.ignored)).toHaveLength(c.ignored)
    if (c.within) expect(o.problems[0]!.within).toBe(c.within)
    expect(o.tooManyRules).toBe(c.tooMany)
  })

  it('lists errors first, each with its line and column', () => {
    const o = importOutcome(importText(POLICY.replace('Metadata', 'Loud') + '    verb: [get]\n'))
    expect(o.problems.map((p) => [p.severity, p.line, p.column])).toEqual([
      ['error', 4, 12],
      ['warning', 5, 5],
    ])
  })
})

/** A policy whose every rule may carry a note (notes as the form keeps them: normalized, non-empty). */
const withNotes: fc.Arbitrary<Policy> = fc
  .array(fc.tuple(aRuleArb, fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: undefined })), {
    minLength: 1,
    maxLength: 6,
  })
  .map((pairs) =>
    aPolicy(
      pairs.map(([rule, note]): PolicyRule => {
        // aRuleArb may give empty lists; the reader gives them back as absent.
        const clean = JSON.parse(
          JSON.stringify(rule, (_k, v: unknown) => (Array.isArray(v) && v.length === 0 ? undefined : v)),
        ) as PolicyRule
        const n = note === undefined ? '' : normalizeNote(note)
        return n === '' ? clean : { ...clean, note: n }
      }),
    ),
  )

describe('import detection and the note round trip (properties)', () => {
  it('a policy comes back whole, notes included, as a policy, as the Secret, and with the ModuleConfig', () => {
    fc.assert(
      fc.property(withNotes, (policy) => {
        const text = serializePolicy(policy)
        for (const [wrapped, kind] of [
          [text, 'policy'],
          [buildSecret(text), 'secret'],
          [buildSecret(text) + '---\n' + buildModuleConfig(stdout), 'secret'],
          [buildModuleConfig(stdout) + '---\n' + buildSecret(text), 'secret'],
        ] as const) {
          const r = importText(wrapped)
          expect(r.kind).toBe(kind)
          const o = importOutcome(r)
          expect(o.policy).toEqual(policy)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('a note written as comments is read back as the same note', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (raw) => {
        const note = normalizeNote(raw)
        const rule = note === '' ? aRule() : aRule({ note })
        const back = importOutcome(importText(serializePolicy(aPolicy([rule])))).policy!.rules[0]!
        expect(back.note).toBe(note === '' ? undefined : note)
      }),
    )
  })
})

describe('importOutcome words our own findings from src/i18n', () => {
  it('a DKP Secret without rules: the note is the active language’s, not the core’s', () => {
    const result = importText('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n', {
      target: 'deckhouse',
    })
    const own = [...result.diagnostics, ...(result.parse?.diagnostics ?? [])].find((d) => d.own)
    expect(own?.own).toEqual({ code: 'dkp-no-rules' })
    // The core's English is replaced by the words of src/i18n (the same sentence in English).
    const altered = {
      ...result,
      parse: result.parse && {
        ...result.parse,
        diagnostics: result.parse.diagnostics.map((d) => (d.own ? { ...d, message: 'core words' } : d)),
      },
    }
    const messages = importOutcome(altered).problems.map((p) => p.message)
    expect(messages).toContain(ownText({ code: 'dkp-no-rules' }))
    expect(messages).not.toContain('core words')
  })

  it('a Secret of another namespace, in Russian: the reason is Russian, the names as they are', () => {
    const text = buildSecret(POLICY).replace('namespace: kube-system', 'namespace: default')
    try {
      setActiveLocale('ru')
      const messages = importOutcome(importText(text, { target: 'deckhouse' })).problems.map((p) => p.message)
      expect(messages).toContain(
        'это Secret default/audit-policy; DKP читает только kube-system/audit-policy',
      )
    } finally {
      setActiveLocale('en')
    }
    expect(importOutcome(importText(text)).problems.map((p) => p.message)).toContain(
      'this is the Secret default/audit-policy; DKP reads only kube-system/audit-policy',
    )
  })
})
