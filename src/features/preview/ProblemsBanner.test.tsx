// @vitest-environment jsdom
// The problems banner says what the target would do and how many findings there are, and repeats none of them:
// each finding is said once in the Problems panel and once at its field.
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultDkpSettings, validateDkpSettings, type DkpSettings } from '../../policy/moduleconfig.ts'
import type { Policy, Target } from '../../policy/types.ts'
import { createDocument, createEditorStore, StoreProvider } from '../../state/index.ts'
import { subscribeTool } from '../../state/tools.ts'
import { aPolicy, aRule } from '../../testing/builders.ts'
import { ProblemsBanner } from './ProblemsBanner.tsx'

afterEach(cleanup)

function renderBanner(policy: Policy, target: Target, dkp: DkpSettings = defaultDkpSettings()) {
  const store = createEditorStore(createDocument(policy, target, dkp))
  return render(
    <StoreProvider store={store}>
      <ProblemsBanner />
    </StoreProvider>,
  )
}

const bad = aPolicy([aRule({ nonResourceURLs: ['healthz'] }), aRule({ level: 'Loud' })])

describe('ProblemsBanner', () => {
  it('errors: what kube-apiserver would do and how many, without the errors’ words', () => {
    renderBanner(bad, 'kube-apiserver')
    const banner = screen.getByRole('alert')
    expect(banner.textContent).toBe('2 errors: kube-apiserver would refuse to start with this policy')
    expect(screen.getByRole('button', { name: '2 errors' }).title).toBe('Open the Problems panel')
    expect(banner.textContent).not.toMatch(/Invalid value|Unsupported value|healthz/)
  })

  it('warnings only: their count "worth a look", not their headlines', () => {
    renderBanner(aPolicy([]), 'deckhouse')
    const banner = screen.getByRole('alert')
    expect(banner.textContent).toBe('1 warning worth a look')
    expect(screen.getByRole('button', { name: '1 warning' })).toBeTruthy()
    expect(banner.textContent).not.toMatch(/contributes no rules/)
  })

  it('the count opens the Problems panel', () => {
    renderBanner(bad, 'deckhouse')
    const asked: string[] = []
    const stop = subscribeTool((id) => asked.push(id))
    try {
      fireEvent.click(screen.getByRole('button', { name: '2 errors' }))
    } finally {
      stop()
    }
    expect(asked).toEqual(['problems'])
  })

  describe('counts what the Problems tab’s badge counts: the policy’s findings and the ModuleConfig’s', () => {
    /** A path DKP's schema refuses (a space in it): one ModuleConfig error. */
    const badPath: DkpSettings = {
      ...defaultDkpSettings(),
      auditLog: { output: 'File', path: '/var/log/kube audit/' },
    }
    it('the ModuleConfig error is one of them', () => {
      expect(validateDkpSettings(badPath).filter((d) => d.severity === 'error')).toHaveLength(1)
    })
    it('hit: policy and ModuleConfig errors: one count, and how many are the ModuleConfig’s', () => {
      renderBanner(bad, 'deckhouse', badPath)
      expect(screen.getByRole('alert').textContent).toBe(
        '3 errors: DKP would accept this Secret, then kube-apiserver would fail to start on every master (1 of them in the ModuleConfig)',
      )
    })
    it('hit: only the ModuleConfig is wrong: the banner says so, with its count', () => {
      renderBanner(aPolicy([aRule()]), 'deckhouse', badPath)
      expect(screen.getByRole('alert').textContent).toBe('1 error: DKP would refuse the ModuleConfig')
    })
    it('near miss: a valid ModuleConfig adds nothing', () => {
      renderBanner(bad, 'deckhouse')
      expect(screen.getByRole('alert').textContent).toBe(
        '2 errors: DKP would accept this Secret, then kube-apiserver would fail to start on every master',
      )
    })
  })

  it('nothing when there is neither an error nor a warning', () => {
    const { container } = renderBanner(aPolicy([aRule()]), 'kube-apiserver')
    expect(container.textContent).toBe('')
  })
})
