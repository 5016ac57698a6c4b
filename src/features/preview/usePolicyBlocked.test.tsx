// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Policy, Target } from '../../policy/types.ts'
import { createDocument, createEditorStore, StoreProvider } from '../../state/index.ts'
import { aPolicy, aRule } from '../../testing/builders.ts'
import { useCommandsBlocked, useModuleConfigBlocked, usePolicyBlocked } from './usePolicyBlocked.ts'

afterEach(cleanup)

function wrapperFor(policy: Policy, target: Target, path = '/var/log/kube-audit') {
  const doc = createDocument(policy, target)
  const store = createEditorStore({ ...doc, dkp: { ...doc.dkp, auditLog: { ...doc.dkp.auditLog, path } } })
  return ({ children }: { children: ReactNode }) => <StoreProvider store={store}>{children}</StoreProvider>
}

const bad = aPolicy([aRule({ nonResourceURLs: ['healthz'] }), aRule({ level: 'Loud' })])
const good = aPolicy([aRule()])

describe('export guards', () => {
  it.each([
    ['a valid policy asks nothing', good, 'kube-apiserver' as const, undefined],
    [
      'Kubernetes: kube-apiserver will not start',
      bad,
      'kube-apiserver' as const,
      {
        title: 'kube-apiserver will not start with this policy',
        status: '2 errors: kube-apiserver will not start. Copy and Download ask first.',
        detail: expect.stringMatching(
          /^rules\[0\]\.nonResourceURLs\[0\]: Invalid value: "healthz".*\(and 1 more error\)$/,
        ),
      },
    ],
    [
      'DKP: the Secret passes, then kube-apiserver will not start',
      bad,
      'deckhouse' as const,
      expect.objectContaining({
        title: 'DKP will accept this Secret, then kube-apiserver will not start on any master',
      }),
    ],
    [
      'Kubernetes: an empty policy does not load',
      aPolicy([]),
      'kube-apiserver' as const,
      expect.objectContaining({ detail: 'loaded illegal policy with 0 rules' }),
    ],
    ['DKP: an empty policy is only a warning', aPolicy([]), 'deckhouse' as const, undefined],
  ])('%s', (_name, policy, target, want) => {
    const { result } = renderHook(() => usePolicyBlocked(), { wrapper: wrapperFor(policy, target) })
    expect(result.current).toEqual(want)
  })

  it('the ModuleConfig guard is about DKP settings; the commands take the policy first', () => {
    const wrapper = wrapperFor(good, 'deckhouse', '/var/log/audit/')
    const mc = renderHook(() => useModuleConfigBlocked(), { wrapper }).result.current
    expect(mc).toMatchObject({
      title: 'DKP will refuse this ModuleConfig',
      status: '1 error: DKP will refuse it. Copy and Download ask first.',
    })
    expect(renderHook(() => useCommandsBlocked(), { wrapper }).result.current).toEqual(mc)
    const both = wrapperFor(bad, 'deckhouse', '/var/log/audit/')
    expect(renderHook(() => useCommandsBlocked(), { wrapper: both }).result.current?.title).toMatch(
      /^DKP will accept this Secret/,
    )
  })
})
