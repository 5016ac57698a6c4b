import { describe, expect, it } from 'vitest'
import { policyRun, simulateRequest } from '../../policy/simulate.ts'
import { readRequestText } from '../../policy/requestText.ts'
import type { RequestAttributes } from '../../policy/types.ts'
import { aPolicy, aRule } from '../../testing/builders.ts'
import { QUICK_PICKS, type QuickPickId } from './quickPicks.ts'

const someone: RequestAttributes = {
  user: 'alice',
  groups: ['devs', 'system:authenticated'],
  verb: 'delete',
  resourceRequest: true,
  apiGroup: 'apps',
  resource: 'deployments',
  subresource: '',
  namespace: 'team',
  name: 'web',
  path: '/apis/apps/v1/namespaces/team/deployments/web',
}

const METHOD: Record<string, string> = { get: 'GET', list: 'GET', create: 'POST' }

describe('QUICK_PICKS', () => {
  it.each(Object.keys(QUICK_PICKS) as QuickPickId[])(
    '%s: its URL describes the same request as its fields',
    (id) => {
      const pick = QUICK_PICKS[id](someone)
      const read = readRequestText(`${METHOD[pick.verb]} ${pick.path}`, pick)
      expect(read).toEqual({ ok: true, request: pick, from: 'http' })
    },
  )

  describe('service account', () => {
    const pick = QUICK_PICKS.serviceAccount(someone)

    it('is a service account reading a Secret, with the groups the API server gives it', () => {
      expect(pick).toMatchObject({
        user: 'system:serviceaccount:default:app',
        verb: 'get',
        resourceRequest: true,
        apiGroup: '',
        resource: 'secrets',
        namespace: 'default',
        name: 'app-token',
      })
      const [, ns] = /^system:serviceaccount:([^:]+):[^:]+$/.exec(pick.user ?? '')!
      expect([...pick.groups].sort()).toEqual(
        ['system:authenticated', 'system:serviceaccounts', `system:serviceaccounts:${ns}`].sort(),
      )
    })

    it('does not keep the current user (unlike /healthz)', () => {
      expect(pick.user).not.toBe(someone.user)
      expect(QUICK_PICKS.healthz(someone)).toMatchObject({ user: 'alice', groups: someone.groups })
    })

    it('matches a rule for its namespace’s service accounts, not one for users', () => {
      const policy = aPolicy([
        aRule({ level: 'Request', users: ['alice'] }),
        aRule({ level: 'Metadata', userGroups: ['system:serviceaccounts:default'] }),
      ])
      const sim = simulateRequest(policyRun(policy, { target: 'kube-apiserver' }), pick)
      expect(sim.result).toMatchObject({ level: 'Metadata', matchedRule: 1 })
    })
  })

  it('anonymous: unauthenticated, not a resource request', () => {
    expect(QUICK_PICKS.anonymous(someone)).toMatchObject({
      user: 'system:anonymous',
      groups: ['system:unauthenticated'],
      resourceRequest: false,
      path: '/version',
    })
  })

  it('kubectl get pods and kubectl exec: jane in default', () => {
    expect(QUICK_PICKS.getPods(someone)).toMatchObject({ user: 'jane', verb: 'list', resource: 'pods' })
    expect(QUICK_PICKS.exec(someone)).toMatchObject({
      verb: 'create',
      resource: 'pods',
      subresource: 'exec',
      name: 'web-0',
    })
  })
})
