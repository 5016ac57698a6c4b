// @vitest-environment jsdom
// The problems banner says what the target would do and how many findings there are, and repeats none of them:
// each finding is said once in the Problems panel and once at its field.
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Policy, Target } from '../../policy/types.ts'
import { createDocument, createEditorStore, StoreProvider } from '../../state/index.ts'
import { subscribeTool } from '../../state/tools.ts'
import { aPolicy, aRule } from '../../testing/builders.ts'
import { ProblemsBanner } from './ProblemsBanner.tsx'

afterEach(cleanup)

function renderBanner(policy: Policy, target: Target) {
  const store = createEditorStore(createDocument(policy, target))
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

  it('nothing when there is neither an error nor a warning', () => {
    const { container } = renderBanner(aPolicy([aRule()]), 'kube-apiserver')
    expect(container.textContent).toBe('')
  })
})
