import { describe, expect, it } from 'vitest'
import { parsePolicy } from './parse.ts'
import { PRESETS, presetById, STANDARD_API_GROUPS } from './presets.ts'
import { serializePolicy } from './serialize.ts'

describe('PRESETS', () => {
  it('have unique ids', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length)
  })

  for (const preset of PRESETS) {
    describe(preset.id, () => {
      const text = serializePolicy(preset.policy)

      it('parses back identically through serializePolicy → parsePolicy', () => {
        const back = parsePolicy(text)
        expect(back.policy).toEqual(preset.policy)
        expect(serializePolicy(back.policy!)).toBe(text)
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

  it('ship the seed examples exactly', () => {
    expect(presetById('authenticated')!.policy).toEqual({
      rules: [{ level: 'Metadata', userGroups: ['system:authenticated'] }],
    })
    expect(presetById('notServiceAccounts')!.policy).toEqual({
      rules: [{ level: 'None', userGroups: ['system:serviceaccounts'] }, { level: 'Metadata' }],
    })
    expect(presetById('minimal')!.policy).toEqual({
      rules: [{ level: 'Metadata', omitStages: ['RequestReceived'] }],
    })
    const standard = presetById('standardResources')!.policy
    expect(standard.rules).toHaveLength(1)
    expect(standard.rules[0]!.resources!.map((r) => r.group)).toEqual(STANDARD_API_GROUPS)
    expect(STANDARD_API_GROUPS[0]).toBe('')
  })

  it('write the core group as group: ""', () => {
    expect(serializePolicy(presetById('standardResources')!.policy)).toContain('- group: ""')
  })

  it('presetById returns undefined for an unknown id', () => {
    expect(presetById('nope')).toBeUndefined()
  })
})
