// The sentences of a comparison, from real diffs, in English and Russian: which rule decides, before and after.
import { afterEach, describe, expect, it } from 'vitest'
import { diffPolicies, type DiffOptions } from '../policy/diff.ts'
import type { Policy, PolicyRule } from '../policy/types.ts'
import { aPolicy, aRule } from '../testing/builders.ts'
import { behaviourChange as en } from './en/compare.ts'
import { compareLogStrings } from './compareLog.ts'
import { compareStrings } from './compareStrings.ts'
import { setActiveLocale } from './locale.ts'
import { behaviourChange as ru } from './ru/compare.ts'

const secrets = (level: string, fields: Partial<PolicyRule> = {}) =>
  aRule({ level, resources: [{ group: '', resources: ['secrets'] }], ...fields })
const pods = aRule({ level: 'Metadata', resources: [{ group: '', resources: ['pods'] }] })
const WRITES = ['create', 'update', 'patch', 'delete']
const DKP: DiffOptions = {
  target: 'deckhouse',
  dkp: { auditPolicyEnabled: true, basicAuditPolicyEnabled: true },
}

const CASES: Array<[string, Policy, Policy, DiffOptions, string, string]> = [
  [
    'a new rule decides in place of a base rule that moved down',
    aPolicy([secrets('Metadata')]),
    aPolicy([secrets('Request', { verbs: WRITES }), secrets('Metadata')]),
    {},
    'create/delete/patch/update of secrets (core) in any namespace or none, by anyone, authenticated or not: Metadata → Request; now decided by your rule 1 (was rule 1 of the base)',
    'create/delete/patch/update для secrets (core) в любом пространстве имён или без него, от кого угодно, с аутентификацией или без: Metadata → Request; теперь решает ваше правило 1 (раньше — правило 1 базовой политики)',
  ],
  [
    'no rule matches now',
    aPolicy([secrets('Metadata'), pods]),
    aPolicy([pods]),
    {},
    'any verb of secrets (core) in any namespace or none, by anyone, authenticated or not: Metadata → None; no rule matches now (was rule 1 of the base)',
    'любой глагол для secrets (core) в любом пространстве имён или без него, от кого угодно, с аутентификацией или без: Metadata → None; теперь не подходит ни одно правило (раньше — правило 1 базовой политики)',
  ],
  [
    'a rule kept on both sides (here moved down) is named by its place in the rule list',
    aPolicy([secrets('None', { namespaces: ['kube-system'] }), secrets('Metadata')]),
    aPolicy([pods, secrets('None', { namespaces: ['kube-system'] }), secrets('Request')]),
    {},
    'any verb of secrets (core) in any namespace or none, by anyone, authenticated or not, unless your rule 2 decides first: Metadata → Request; now decided by your rule 3 (was rule 2 of the base)',
    'любой глагол для secrets (core) в любом пространстве имён или без него, от кого угодно, с аутентификацией или без, если раньше не решит ваше правило 2: Metadata → Request; теперь решает ваше правило 3 (раньше — правило 2 базовой политики)',
  ],
  [
    'on DKP, a user rule takes over from a built-in one',
    aPolicy([pods]),
    aPolicy([pods, secrets('Request', { verbs: ['get'] })]),
    DKP,
    'get of secrets (core) in any namespace or none, by anyone, authenticated or not, unless built-in rules 7 and 28 decide first: Metadata → Request; now decided by your rule 2 (was built-in rule 29)',
    'get для secrets (core) в любом пространстве имён или без него, от кого угодно, с аутентификацией или без, если раньше не решат встроенные правила 7 и 28: Metadata → Request; теперь решает ваше правило 2 (раньше — встроенное правило 29)',
  ],
  [
    'on DKP, requests of a group go to DKP’s last rules: every group condition, built-in rules as ranges',
    aPolicy([aRule({ level: 'None', userGroups: ['system:nodes'] })]),
    aPolicy([pods]),
    DKP,
    'any request, by any user, in group system:nodes and not in group system:authenticated, unless built-in rules 1–27 or your rule 1 decide first: None → Metadata; now decided by built-in rule 29 (was rule 1 of the base)',
    'любые запросы, от любого пользователя, в группе system:nodes и не в группе system:authenticated, если раньше не решат встроенные правила 1–27 или ваше правило 1: None → Metadata; теперь решает встроенное правило 29 (раньше — правило 1 базовой политики)',
  ],
]

describe('the words of a behaviour change', () => {
  afterEach(() => setActiveLocale('en'))
  it.each(CASES)('%s', (_name, base, edited, options, english, russian) => {
    const changes = diffPolicies(base, edited, options).behaviourChanges
    expect(changes.map(en)).toContain(english)
    setActiveLocale('ru')
    expect(changes.map(ru)).toContain(russian)
  })
})

describe('the comparison’s words follow the language at each call, whenever their modules were loaded', () => {
  afterEach(() => setActiveLocale('en'))
  it('compareStrings and compareLogStrings', () => {
    expect(compareStrings().useBase).toBe('Compare')
    expect(compareLogStrings().before).toBe('Base')
    setActiveLocale('ru')
    expect(compareStrings().useBase).toBe('Сравнить')
    expect(compareLogStrings().before).toBe('Исходная')
  })
})
