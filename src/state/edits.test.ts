import { describe, expect, it } from 'vitest'
import { lintPolicy, PRESETS, type Policy } from '../policy/index.ts'
import { aRequest } from '../testing/builders.ts'
import {
  addResourceGroup,
  addSavedRequest,
  applyFix,
  removeSavedRequest,
  updateSavedRequest,
  addRule,
  duplicateRule,
  loadPreset,
  moveRule,
  removeResourceGroup,
  removeRule,
  replacePolicy,
  setDkpSettings,
  setPolicyField,
  setResourceGroupField,
  setRuleField,
  setTarget,
  formatText,
} from './edits.ts'
import { createDocument } from './document.ts'

const threeRules: Policy = {
  rules: [
    { level: 'None', userGroups: ['system:serviceaccounts'] },
    { level: 'Metadata' },
    { level: 'Request', verbs: ['create'] },
  ],
}

describe('commands', () => {
  it('addRule appends a Metadata rule with a fresh id, leaving other rules untouched', () => {
    const doc = createDocument(threeRules)
    const next = addRule(doc)
    expect(next.policy.rules).toHaveLength(4)
    expect(next.policy.rules[3]).toEqual({ level: 'Metadata' })
    expect(next.ruleIds).toHaveLength(4)
    expect(new Set(next.ruleIds).size).toBe(4)
    expect(next.policy.rules[0]).toBe(doc.policy.rules[0])
    expect(doc.policy.rules).toHaveLength(3)
  })

  it('addRule inserts at a position with a given id (restoring a deleted rule)', () => {
    const doc = createDocument(threeRules)
    const removed = removeRule(doc, 1)
    const back = addRule(removed, doc.policy.rules[1], 1, doc.ruleIds[1])
    expect(back.policy).toEqual(doc.policy)
    expect(back.ruleIds).toEqual(doc.ruleIds)
  })

  it('duplicateRule puts an equal rule with a new id right after', () => {
    const doc = createDocument(threeRules)
    const next = duplicateRule(doc, 0)
    expect(next.policy.rules.map((r) => r.level)).toEqual(['None', 'None', 'Metadata', 'Request'])
    expect(next.policy.rules[1]).toEqual(doc.policy.rules[0])
    expect(next.ruleIds[1]).not.toBe(doc.ruleIds[0])
    expect(duplicateRule(doc, 9)).toBe(doc)
  })

  it('removeRule keeps ids in step', () => {
    const doc = createDocument(threeRules)
    const next = removeRule(doc, 0)
    expect(next.policy.rules.map((r) => r.level)).toEqual(['Metadata', 'Request'])
    expect(next.ruleIds).toEqual(doc.ruleIds.slice(1))
    expect(removeRule(doc, 5)).toBe(doc)
  })

  it.each([
    [0, 2, ['Metadata', 'Request', 'None']],
    [2, 0, ['Request', 'None', 'Metadata']],
    [1, 0, ['Metadata', 'None', 'Request']],
  ])('moveRule %i → %i', (from, to, levels) => {
    const doc = createDocument(threeRules)
    const next = moveRule(doc, from, to)
    expect(next.policy.rules.map((r) => r.level)).toEqual(levels)
    expect(next.ruleIds.map((id) => doc.ruleIds.indexOf(id))).toEqual(
      next.policy.rules.map((r) => doc.policy.rules.indexOf(r)),
    )
  })

  it('moveRule out of range or onto itself changes nothing', () => {
    const doc = createDocument(threeRules)
    expect(moveRule(doc, 0, 3)).toBe(doc)
    expect(moveRule(doc, -1, 0)).toBe(doc)
    expect(moveRule(doc, 1, 1)).toBe(doc)
  })

  it('setRuleField shares every other rule and drops empty values', () => {
    const doc = createDocument(threeRules)
    const next = setRuleField(doc, 1, 'users', ['alice'])
    expect(next.policy.rules[1]).toEqual({ level: 'Metadata', users: ['alice'] })
    expect(next.policy.rules[0]).toBe(doc.policy.rules[0])
    expect(next.policy.rules[2]).toBe(doc.policy.rules[2])
    expect(next.ruleIds).toBe(doc.ruleIds)
    const cleared = setRuleField(next, 1, 'users', [])
    expect(cleared.policy.rules[1]).toEqual({ level: 'Metadata' })
    expect('users' in cleared.policy.rules[1]!).toBe(false)
    expect(setRuleField(setRuleField(doc, 0, 'note', 'x'), 0, 'note', '').policy.rules[0]).toEqual(
      doc.policy.rules[0],
    )
    expect(setRuleField(doc, 0, 'omitManagedFields', false).policy.rules[0]!.omitManagedFields).toBe(false)
    expect('omitManagedFields' in setRuleField(doc, 0, 'omitManagedFields', undefined).policy.rules[0]!).toBe(
      false,
    )
  })

  it('setRuleField with an equal value returns the same document', () => {
    const doc = createDocument(threeRules)
    expect(setRuleField(doc, 0, 'userGroups', ['system:serviceaccounts'])).toBe(doc)
    expect(setRuleField(doc, 1, 'verbs', [])).toBe(doc)
    expect(setRuleField(doc, 7, 'verbs', ['get'])).toBe(doc)
  })

  it('resource groups: add (core group), set fields, remove; the last removal drops the field', () => {
    let doc = createDocument(threeRules)
    doc = addResourceGroup(doc, 1)
    expect(doc.policy.rules[1]!.resources).toEqual([{ group: '' }])
    doc = addResourceGroup(doc, 1)
    doc = setResourceGroupField(doc, 1, 1, 'group', 'apps')
    doc = setResourceGroupField(doc, 1, 1, 'resources', ['deployments'])
    doc = setResourceGroupField(doc, 1, 0, 'resourceNames', ['x'])
    expect(doc.policy.rules[1]!.resources).toEqual([
      { group: '', resourceNames: ['x'] },
      { group: 'apps', resources: ['deployments'] },
    ])
    const before = doc
    doc = setResourceGroupField(doc, 1, 1, 'resources', [])
    expect(doc.policy.rules[1]!.resources![1]).toEqual({ group: 'apps' })
    expect(doc.policy.rules[1]!.resources![0]).toBe(before.policy.rules[1]!.resources![0])
    doc = removeResourceGroup(doc, 1, 0)
    doc = removeResourceGroup(doc, 1, 0)
    expect(doc.policy.rules[1]).toEqual({ level: 'Metadata' })
  })

  it('setPolicyField stores false and [] as absent', () => {
    let doc = createDocument(threeRules)
    doc = setPolicyField(doc, 'omitStages', ['RequestReceived'])
    doc = setPolicyField(doc, 'omitManagedFields', true)
    expect(doc.policy.omitStages).toEqual(['RequestReceived'])
    expect(doc.policy.omitManagedFields).toBe(true)
    doc = setPolicyField(doc, 'omitManagedFields', false)
    doc = setPolicyField(doc, 'omitStages', [])
    expect(Object.keys(doc.policy)).toEqual(['rules'])
    expect(setPolicyField(doc, 'omitManagedFields', false)).toBe(doc)
  })

  it('setTarget and setDkpSettings', () => {
    const doc = createDocument()
    expect(doc.target).toBe('deckhouse')
    expect(setTarget(doc, 'deckhouse')).toBe(doc)
    expect(setTarget(doc, 'kube-apiserver').target).toBe('kube-apiserver')
    const stdout = setDkpSettings(doc, { auditLog: { output: 'Stdout' } })
    expect(stdout.dkp.auditLog).toEqual({ output: 'Stdout', path: '/var/log/kube-audit' })
    expect(setDkpSettings(stdout, { auditLog: { output: 'Stdout' } })).toBe(stdout)
    expect(setDkpSettings(doc, { basicAuditPolicyEnabled: false }).dkp.basicAuditPolicyEnabled).toBe(false)
  })

  it('replacePolicy and loadPreset give fresh ids', () => {
    const doc = createDocument(threeRules)
    const next = loadPreset(doc, PRESETS[1]!)
    expect(next.policy).toBe(PRESETS[1]!.policy)
    // A documentation example loads as the documentation writes it.
    expect(next.text).toBe(PRESETS[1]!.text)
    expect(next.ruleIds).toHaveLength(2)
    expect(next.ruleIds.some((id) => doc.ruleIds.includes(id))).toBe(false)
    expect(replacePolicy(doc, { rules: [] }).ruleIds).toEqual([])
  })
})

describe('applyFix', () => {
  const shadowed: Policy = {
    rules: [
      { level: 'Metadata', resources: [{ group: '' }] },
      { level: 'None', userGroups: ['system:nodes'] },
      { level: 'RequestResponse', resources: [{ group: '', resources: ['secrets'] }] },
    ],
  }
  const fixOf = (policy: Policy, id: string) => {
    const f = lintPolicy(policy, { target: 'kube-apiserver' }).find((x) => x.id === id)
    if (!f?.fix) throw new Error(`no ${id} fix`)
    return f.fix.policy
  }

  it.each<[string, Policy, string, (ids: readonly string[]) => (string | undefined)[]]>([
    [
      'moving a rule up: every rule keeps its id',
      shadowed,
      'shadowed-rule',
      (ids) => [ids[2], ids[0], ids[1]],
    ],
    [
      'changing a field: the changed rule keeps the id of its place',
      { rules: [{ level: 'Metadata' }, { level: 'None', verbs: ['*'], users: ['a'] }] },
      'literal-star',
      (ids) => [ids[0], ids[1]],
    ],
  ])('%s', (_name, policy, id, want) => {
    const doc = createDocument(policy)
    const next = applyFix(doc, fixOf(policy, id))
    expect(next.policy).not.toEqual(doc.policy)
    expect(next.ruleIds).toEqual(want(doc.ruleIds))
  })

  it('removing a rule drops its id; adding one gives a fresh id', () => {
    const doc = createDocument(threeRules)
    const fewer = applyFix(doc, { rules: [threeRules.rules[0]!, threeRules.rules[2]!] })
    expect(fewer.ruleIds).toEqual([doc.ruleIds[0], doc.ruleIds[2]])
    const more = applyFix(doc, { rules: [...threeRules.rules, { level: 'Metadata' }] })
    expect(more.ruleIds.slice(0, 3)).toEqual(doc.ruleIds)
    expect(doc.ruleIds).not.toContain(more.ruleIds[3])
  })

  it('equal copies of a rule are matched once each', () => {
    const twice: Policy = { rules: [{ level: 'None' }, { level: 'None' }] }
    const doc = createDocument(twice)
    const next = applyFix(doc, { rules: [{ level: 'None' }, { level: 'None' }, { level: 'Metadata' }] })
    expect(next.ruleIds.slice(0, 2)).toEqual(doc.ruleIds)
    expect(new Set(next.ruleIds).size).toBe(3)
  })

  it('the same policy changes nothing', () => {
    const doc = createDocument(threeRules)
    expect(applyFix(doc, doc.policy)).toBe(doc)
  })
})

describe('saved requests', () => {
  const saved = { name: 'exec', request: aRequest({ subresource: 'exec' }), expectedLevel: 'Request' }

  it('add, update and remove keep the rest of the document', () => {
    const doc = createDocument(threeRules)
    expect(doc.savedRequests).toEqual([])
    const one = addSavedRequest(doc, saved)
    expect(one.savedRequests).toEqual([saved])
    expect(one.policy).toBe(doc.policy)
    const two = addSavedRequest(one, { request: aRequest(), expectedLevel: 'None' })
    const renamed = updateSavedRequest(two, 1, { name: 'get a pod', expectedLevel: 'Metadata' })
    expect(renamed.savedRequests[1]).toEqual({
      name: 'get a pod',
      request: aRequest(),
      expectedLevel: 'Metadata',
    })
    expect(renamed.savedRequests[0]).toBe(saved)
    expect(updateSavedRequest(renamed, 1, { name: '' }).savedRequests[1]).not.toHaveProperty('name')
    expect(removeSavedRequest(renamed, 0).savedRequests).toEqual([renamed.savedRequests[1]])
  })

  it.each([
    [
      'an unchanged value',
      (d: ReturnType<typeof createDocument>) => updateSavedRequest(d, 0, { expectedLevel: 'Request' }),
    ],
    [
      'an equal request',
      (d: ReturnType<typeof createDocument>) => updateSavedRequest(d, 0, { request: { ...saved.request } }),
    ],
    ['a missing index', (d: ReturnType<typeof createDocument>) => updateSavedRequest(d, 5, { name: 'x' })],
    ['removing a missing index', (d: ReturnType<typeof createDocument>) => removeSavedRequest(d, 5)],
  ])('%s changes nothing', (_name, edit) => {
    const doc = createDocument(threeRules, 'deckhouse', undefined, [saved])
    expect(edit(doc)).toBe(doc)
  })
})

describe('setTarget and setKubernetesVersion', () => {
  it("a version left at the target's default follows the target; a chosen one stays", async () => {
    const { createDocument } = await import('./document.ts')
    const { setTarget, setKubernetesVersion } = await import('./edits.ts')
    const doc = createDocument({ rules: [] }, 'deckhouse')
    expect(doc.kubernetesVersion).toBe('1.34')
    expect(setTarget(doc, 'kube-apiserver').kubernetesVersion).toBe('1.36')
    const chosen = setKubernetesVersion(doc, '1.33')
    expect(setTarget(chosen, 'kube-apiserver').kubernetesVersion).toBe('1.33')
    expect(setKubernetesVersion(chosen, '1.33')).toBe(chosen)
  })
})

describe('formatText', () => {
  it("drops the user's text and keeps the policy; a document without text is left as it is", () => {
    const doc = replacePolicy(createDocument(), threeRules, '# mine\nrules: []\n')
    const formatted = formatText(doc)
    expect(formatted.text).toBe('')
    expect(formatted.policy).toBe(doc.policy)
    expect(formatted.ruleIds).toBe(doc.ruleIds)
    expect(formatText(formatted)).toBe(formatted)
  })
})
