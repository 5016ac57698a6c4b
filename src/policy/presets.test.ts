import { describe, expect, it } from 'vitest'
import { parsePolicy } from './parse.ts'
import { lintPolicy } from './lint.ts'
import { PRESETS, presetById, presetPolicy, type PresetNoteCode } from './presets.ts'
import { serializePolicy } from './serialize.ts'

describe('PRESETS', () => {
  it('have unique ids', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length)
  })

  for (const preset of PRESETS) {
    describe(preset.id, () => {
      const text = preset.text ?? serializePolicy(preset.policy)

      it('reads as its policy (a preset without text: canonical, parses back identically)', () => {
        const back = parsePolicy(text)
        expect(back.policy).toEqual(preset.policy)
        if (preset.text === undefined) expect(serializePolicy(back.policy!)).toBe(text)
      })

      it('loads in kube-apiserver', () => {
        const r = parsePolicy(text, { target: 'kube-apiserver' })
        expect(r.diagnostics).toEqual([])
        expect(r.loadable).toBe(true)
      })

      it('is accepted by DKP', () => {
        const r = parsePolicy(text, { target: 'deckhouse' })
        expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
        expect(r.loadable).toBe(true)
      })
    })
  }

  it('ship the DKP documentation’s three examples word for word, in its order, before the corrections', () => {
    const examples = PRESETS.filter((p) => p.kind === 'example' && p.text !== undefined)
    expect(examples.map((p) => p.id)).toEqual(['authenticated', 'notServiceAccounts', 'standardResources'])
    expect(presetById('notServiceAccounts')!.text).toBe(
      [
        'apiVersion: audit.k8s.io/v1',
        'kind: Policy',
        'rules:',
        '  - level: Metadata',
        '    userGroups: ["system:authenticated"]',
        '    users: []',
        '    omitStages: []',
        '    # Exclude service accounts via a deny rule',
        '  - level: None',
        '    userGroups: ["system:serviceaccounts"]',
        '',
      ].join('\n'),
    )
    expect(presetById('standardResources')!.text).toContain(
      '      - group: "apps"\n        resources: ["deployments", "daemonsets", "statefulsets", "replicasets"]\n',
    )
    expect(presetById('minimal')!.policy).toEqual({
      rules: [{ level: 'Metadata', omitStages: ['RequestReceived'] }],
    })
  })

  it('the documentation’s order shows lint’s finding; the corrected preset has none of it', () => {
    const opts = { target: 'kube-apiserver' as const }
    const asWritten = lintPolicy(presetById('notServiceAccounts')!.policy, opts).map((f) => f.id)
    expect(asWritten).toContain('never-fires-in-practice')
    const fixed = presetById('notServiceAccountsFixed')!
    expect(fixed.corrects).toBe('notServiceAccounts')
    expect(lintPolicy(fixed.policy, opts).map((f) => f.id)).not.toContain('never-fires-in-practice')
  })

  it('the corrected standard resources cover the subresources the documentation’s list leaves out', () => {
    const opts = { target: 'kube-apiserver' as const }
    const codes = (id: string) => lintPolicy(presetById(id)!.policy, opts).map((f) => f.id)
    expect(codes('standardResources')).toContain('subresources-not-covered')
    expect(codes('standardResourcesFixed')).not.toContain('subresources-not-covered')
  })

  it('presetPolicy puts the words of the notes in place of their codes', () => {
    const words = new Proxy({} as Record<PresetNoteCode, string>, { get: (_t, k) => `words of ${String(k)}` })
    const policy = presetPolicy(presetById('notServiceAccountsFixed')!, words)
    expect(policy.rules[0]!.note).toBe('words of serviceAccountsFirst')
    expect(policy.rules[1]!.note).toBeUndefined()
  })

  it('presetById returns undefined for an unknown id', () => {
    expect(presetById('nope')).toBeUndefined()
  })
})
