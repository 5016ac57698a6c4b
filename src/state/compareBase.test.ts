import { describe, expect, it } from 'vitest'
import { effectivePolicy } from '../policy/effective.ts'
import { aPolicy, aRule } from '../testing/builders.ts'
import { baseForTarget, compareBaseOf } from './compareBase.ts'

const USER = aPolicy([aRule({ level: 'Request', resources: [{ group: '', resources: ['secrets'] }] })])
const RENDERED = effectivePolicy(USER, { auditPolicyEnabled: true, basicAuditPolicyEnabled: true }).policy

describe('compareBaseOf', () => {
  it('on DKP reads a policy rendered on a master as its user’s rules and the cluster’s built-in ones', () => {
    const base = compareBaseOf({ policy: RENDERED, text: 'rendered text', summary: 's' }, 'deckhouse')
    expect(base.policy).toEqual(USER)
    expect(base.builtin?.head).toHaveLength(27)
    // The text diff shows the user's part, not the rendered file's text.
    expect(base.text).toBeUndefined()
    expect(base.rendered).toEqual({ policy: RENDERED, text: 'rendered text' })
  })

  it('reads it whole when asked, keeping the other reading at hand', () => {
    const base = compareBaseOf({ policy: RENDERED, text: 'rendered text', summary: 's' }, 'deckhouse', false)
    expect(base).toEqual({
      policy: RENDERED,
      text: 'rendered text',
      summary: 's',
      rendered: { policy: RENDERED, text: 'rendered text' },
    })
  })

  it('leaves a user policy, and any policy for kube-apiserver, as given', () => {
    expect(compareBaseOf({ policy: USER, summary: 's' }, 'deckhouse')).toEqual({ policy: USER, summary: 's' })
    expect(compareBaseOf({ policy: RENDERED, summary: 's' }, 'kube-apiserver')).toEqual({
      policy: RENDERED,
      summary: 's',
    })
  })
})

describe('baseForTarget', () => {
  const read = compareBaseOf({ policy: RENDERED, text: 'rendered text', summary: 's' }, 'deckhouse')

  it('on kube-apiserver compares a base read as rendered on a master as the whole file', () => {
    expect(baseForTarget(read, 'kube-apiserver')).toEqual({
      policy: RENDERED,
      text: 'rendered text',
      summary: 's',
      rendered: { policy: RENDERED, text: 'rendered text' },
    })
  })

  it('on DKP keeps the reading, and leaves other bases as they are', () => {
    expect(baseForTarget(read, 'deckhouse')).toBe(read)
    const user = compareBaseOf({ policy: USER, summary: 's' }, 'deckhouse')
    expect(baseForTarget(user, 'kube-apiserver')).toBe(user)
  })
})
