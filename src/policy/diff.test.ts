// diffPolicies: one case per kind of rule change and per way a request's outcome changes.
import { describe, expect, it } from 'vitest'
import { changeMatcher, diffPolicies } from './diff.ts'
import { evaluatePolicy } from './evaluate.ts'
import type { Policy, PolicyRule, RequestAttributes } from './types.ts'

const SECRETS: PolicyRule = { level: 'Metadata', resources: [{ group: '', resources: ['secrets'] }] }
const WRITES: PolicyRule = { level: 'Request', verbs: ['create', 'update', 'patch', 'delete'] }
const PODS: PolicyRule = { level: 'RequestResponse', resources: [{ group: '', resources: ['pods'] }] }
const ALL: PolicyRule = { level: 'Metadata' }
const policy = (...rules: PolicyRule[]): Policy => ({ rules })

const request = (over: Partial<RequestAttributes>): RequestAttributes => ({
  user: 'alice',
  groups: ['system:authenticated'],
  verb: 'get',
  resourceRequest: true,
  apiGroup: '',
  resource: 'secrets',
  subresource: '',
  namespace: 'default',
  name: 'x',
  path: '/api/v1/namespaces/default/secrets/x',
  ...over,
})

describe('rule changes', () => {
  it('nothing for the same policy', () => {
    const d = diffPolicies(policy(SECRETS, ALL), policy(SECRETS, ALL))
    expect(d.ruleChanges).toEqual([])
    expect(d.behaviourChanges).toEqual([])
  })

  it('an added rule, matched by content: the others keep their identity', () => {
    const d = diffPolicies(policy(SECRETS, ALL), policy(WRITES, SECRETS, ALL))
    expect(d.ruleChanges).toEqual([{ kind: 'added', newIndex: 0 }])
  })

  it('a removed rule', () => {
    const d = diffPolicies(policy(WRITES, SECRETS, ALL), policy(SECRETS, ALL))
    expect(d.ruleChanges).toEqual([{ kind: 'removed', oldIndex: 0 }])
  })

  it('a moved rule', () => {
    const d = diffPolicies(policy(SECRETS, PODS, ALL), policy(PODS, SECRETS, ALL))
    expect(d.ruleChanges).toHaveLength(1)
    expect(d.ruleChanges[0]!.kind).toBe('moved')
  })

  it('a changed rule, field by field, with list values added and removed', () => {
    const edited: PolicyRule = {
      ...WRITES,
      level: 'RequestResponse',
      verbs: ['create', 'delete', 'deletecollection'],
    }
    const d = diffPolicies(policy(WRITES, ALL), policy(edited, ALL))
    expect(d.ruleChanges).toEqual([
      {
        kind: 'changed',
        oldIndex: 0,
        newIndex: 0,
        moved: false,
        fields: [
          { field: 'level', before: 'Request', after: 'RequestResponse' },
          {
            field: 'verbs',
            before: WRITES.verbs,
            after: edited.verbs,
            added: ['deletecollection'],
            removed: ['update', 'patch'],
          },
        ],
      },
    ])
  })

  it('a note alone is a rule change and no behaviour change', () => {
    const d = diffPolicies(policy(SECRETS), policy({ ...SECRETS, note: 'why' }))
    expect(d.ruleChanges[0]).toMatchObject({ kind: 'changed', fields: [{ field: 'note', after: 'why' }] })
    expect(d.behaviourChanges).toEqual([])
  })

  it('policy-level settings', () => {
    const d = diffPolicies(policy(ALL), { rules: [ALL], omitStages: ['RequestReceived'] })
    expect(d.policyChanges).toEqual([{ field: 'omitStages', before: undefined, after: ['RequestReceived'] }])
    expect(d.behaviourChanges).toHaveLength(1)
    expect(d.behaviourChanges[0]!.changed).toEqual(['omitStages'])
  })
})

describe('behaviour changes', () => {
  it('a level change: exactly the rule’s requests, same rule', () => {
    const d = diffPolicies(policy(SECRETS, ALL), policy({ ...SECRETS, level: 'Request' }, ALL))
    expect(d.behaviourChanges).toHaveLength(1)
    const [c] = d.behaviourChanges
    expect(c!.changed).toEqual(['level'])
    expect(c!.requests.resources).toEqual({ only: ['secrets'] })
    expect(c!.requests.verbs).toEqual({ any: true })
    expect(c!.before).toMatchObject({ level: 'Metadata', rule: { kind: 'user', index: 0 } })
    expect(c!.after).toMatchObject({ level: 'Request', rule: { kind: 'user', index: 0 } })
  })

  it('the issue’s example: writes of secrets go from Metadata (rule 2) to Request (new rule 1)', () => {
    const secretWrites: PolicyRule = { ...SECRETS, level: 'Request', verbs: WRITES.verbs }
    const d = diffPolicies(policy(SECRETS, ALL), policy(secretWrites, SECRETS, ALL))
    expect(d.behaviourChanges).toHaveLength(1)
    const [c] = d.behaviourChanges
    expect(c!.changed).toEqual(['level', 'rule'])
    expect(c!.requests.verbs).toEqual({ only: ['create', 'delete', 'patch', 'update'] })
    expect(c!.after.rule).toEqual({ kind: 'user', index: 0 })
    expect(c!.before.rule).toEqual({ kind: 'user', index: 0 })
    expect(evaluatePolicy(policy(secretWrites, SECRETS, ALL), c!.example).level).toBe('Request')
  })

  it('the deciding rule alone changes: same level, a new rule decides first', () => {
    const d = diffPolicies(policy(ALL), policy({ ...SECRETS, level: 'Metadata' }, ALL))
    expect(d.behaviourChanges).toHaveLength(1)
    expect(d.behaviourChanges[0]!.changed).toEqual(['rule'])
  })

  it('omitStages and omitManagedFields of a rule', () => {
    const d = diffPolicies(
      policy(SECRETS, ALL),
      policy({ ...SECRETS, omitStages: ['RequestReceived'], omitManagedFields: true }, ALL),
    )
    expect(d.behaviourChanges.map((c) => c.changed)).toEqual([['omitStages', 'omitManagedFields']])
  })

  it('a reordering of rules that share no request changes nothing', () => {
    const d = diffPolicies(policy(SECRETS, PODS, ALL), policy(PODS, SECRETS, ALL))
    expect(d.behaviourChanges).toEqual([])
  })

  it('a reordering of overlapping rules changes the requests they share', () => {
    const d = diffPolicies(policy(SECRETS, WRITES, ALL), policy(WRITES, SECRETS, ALL))
    expect(d.behaviourChanges).toHaveLength(1)
    const [c] = d.behaviourChanges
    const inChange = changeMatcher(policy(SECRETS, WRITES, ALL), policy(WRITES, SECRETS, ALL))
    expect(inChange(c!, request({ verb: 'delete' }))).toBe(true)
    expect(inChange(c!, request({ verb: 'get' }))).toBe(false)
    expect(inChange(c!, request({ verb: 'delete', resource: 'pods' }))).toBe(false)
  })

  it('non-resource URLs: a prefix rule added before a catch-all', () => {
    const health: PolicyRule = { level: 'None', nonResourceURLs: ['/healthz*'] }
    const d = diffPolicies(policy(ALL), policy(health, ALL))
    expect(d.behaviourChanges).toHaveLength(1)
    expect(d.behaviourChanges[0]!.requests.path).toEqual({
      prefix: '/healthz',
      exceptPaths: [],
      exceptPrefixes: [],
    })
    expect(d.behaviourChanges[0]!.example.path.startsWith('/healthz')).toBe(true)
  })

  it('on DKP the built-in rules take part of a user rule’s requests, and are named', () => {
    const secretWrites: PolicyRule = { ...SECRETS, level: 'Request', verbs: WRITES.verbs }
    const d = diffPolicies(policy(SECRETS), policy(secretWrites, SECRETS), { target: 'deckhouse' })
    expect(d.complete).toBe(true)
    expect(d.behaviourChanges).toHaveLength(1)
    const [c] = d.behaviourChanges
    expect(c!.except.length).toBeGreaterThan(0)
    expect(c!.except.every((e) => e.rule.kind === 'builtin' && e.side === 'both')).toBe(true)
  })

  it('on DKP, the same user rules give no behaviour change at all (the built-in rules are the same)', () => {
    const d = diffPolicies(policy(SECRETS, ALL), policy(SECRETS, ALL), { target: 'deckhouse' })
    expect(d.behaviourChanges).toEqual([])
  })
})
