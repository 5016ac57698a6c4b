import { describe, expect, it } from 'vitest'
import { placeLabel } from './placeLabel.ts'

describe('placeLabel', () => {
  it.each([
    ['the rule list', 'rules', 'Rules'],
    ['a policy setting', 'omitStages', 'Policy settings · Policy omit stages'],
    ['a policy setting item', 'omitStages[1]', 'Policy settings · Policy omit stages · item 2'],
    ['the policy managed fields', 'omitManagedFields', 'Policy settings · Policy omit managed fields'],
    ['a rule', 'rules[3]', 'Rule 4'],
    ['a rule field', 'rules[0].level', 'Rule 1 · Level'],
    ['a list item', 'rules[0].nonResourceURLs[2]', 'Rule 1 · Non-resource URLs · item 3'],
    ['a resource group field', 'rules[1].resources[0].group', 'Rule 2 · Resource group 1 · API group'],
    [
      'a resource in a group',
      'rules[1].resources[2].resources[0]',
      'Rule 2 · Resource group 3 · Resources · item 1',
    ],
    ['a ModuleConfig setting', 'spec.settings.apiserver.auditLog.path', 'ModuleConfig · auditLog.path'],
    ['the ModuleConfig version', 'spec.version', 'ModuleConfig · version'],
    ['an unknown shape', 'metadata', 'metadata'],
  ])('%s', (_name, place, want) => {
    expect(placeLabel(place)).toBe(want)
  })
})
