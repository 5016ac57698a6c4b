// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ruleSummary } from '../features/rules/ruleSummary.ts'
import { createDocument, createEditorStore } from '../state/index.ts'
import { App } from './App.tsx'
import { stubMatchMedia } from '../testing/matchMedia.ts'

// Counts summary computations: each rule card header computes its summary once per render.
vi.mock('../features/rules/ruleSummary.ts', async (importOriginal) => {
  const m = await importOriginal<typeof import('../features/rules/ruleSummary.ts')>()
  return { ruleSummary: vi.fn(m.ruleSummary) }
})

// Monaco does not run in jsdom: the editor is replaced by the text it would show.
vi.mock('../monaco/index.ts', () => ({
  LazyCodeEditor: ({ value, label }: { value: string; label: string }) => (
    <pre aria-label={label}>{value}</pre>
  ),
}))

beforeAll(stubMatchMedia)

afterEach(cleanup)

const preview = () => screen.getByLabelText('Policy', { selector: 'pre' }).textContent

// The whole app renders in jsdom and its lazy parts are transformed on first use: CPU time, a few seconds on a
// quiet machine and ~30 s at load 15 on 2 cores (seen in a run beside six other sessions). The timeouts below are
// hang guards; each test still waits for its own condition.
const LAZY = { timeout: 50_000 }

describe('App', { timeout: 60_000 }, () => {
  it('shows the empty state and the empty policy before any edit', () => {
    render(<App store={createEditorStore()} />)
    expect(screen.getByRole('heading', { name: 'Audit Policy Builder' })).toBeTruthy()
    expect(screen.getByText('No rules yet')).toBeTruthy()
    expect(preview()).toBe('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n')
  })

  it('adds a rule and updates the preview as the user edits it', async () => {
    render(<App store={createEditorStore()} />)
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }))
    const rule = await screen.findByRole('group', { name: 'Rule 1' }, LAZY)
    expect(preview()).toContain('  - level: Metadata\n')
    const groups = within(rule).getByRole('combobox', { name: 'User groups' })
    fireEvent.change(groups, { target: { value: 'system:authenticated' } })
    fireEvent.keyDown(groups, { key: 'Enter' })
    expect(preview()).toContain('userGroups: ["system:authenticated"]')
    fireEvent.change(within(rule).getByRole('textbox', { name: 'Note' }), {
      target: { value: 'everyone signed in' },
    })
    expect(preview()).toContain('  # everyone signed in\n  - level: Metadata')
  })

  it('shows a core error at its field, and export asks first', async () => {
    const store = createEditorStore(
      createDocument({ rules: [{ level: 'Metadata', nonResourceURLs: ['healthz'] }] }),
    )
    render(<App store={store} />)
    const rule = await screen.findByRole('group', { name: 'Rule 1' }, LAZY)
    const urls = within(rule).getByRole('combobox', { name: 'Non-resource URLs' })
    const help = document.getElementById(urls.getAttribute('aria-describedby')!.split(' ')[0]!)!
    expect(help.textContent).toContain(
      `Invalid value: "healthz": non-resource URL rules must begin with a '/' character`,
    )
    const download = screen.getByRole('button', { name: 'Download' }) as HTMLButtonElement
    expect(download.disabled).toBe(false)
    expect(
      screen.getByText('1 error: kube-apiserver will not start. Copy and Download ask first.'),
    ).toBeTruthy()
    fireEvent.click(download)
    const warning = await screen.findByRole('dialog', {}, LAZY)
    expect(warning.textContent).toContain('DKP will accept this Secret, then kube-apiserver will not start')
    expect(within(warning).getByRole('button', { name: 'Download anyway' })).toBeTruthy()
  })

  it('re-renders only the edited rule while typing (memoized cards)', async () => {
    const rules = Array.from({ length: 5 }, (_, i) => ({ level: 'Metadata', users: [`user-${i}`] }))
    const store = createEditorStore(createDocument({ rules }))
    render(<App store={store} />)
    const rule1 = await screen.findByRole('group', { name: 'Rule 1' }, LAZY)
    fireEvent.click(within(rule1).getByRole('button', { name: 'Expand rule' }))
    const note = within(rule1).getByRole('textbox', { name: 'Note' })
    vi.mocked(ruleSummary).mockClear()
    fireEvent.change(note, { target: { value: 'a' } })
    fireEvent.change(note, { target: { value: 'ab' } })
    const rendered = new Set(vi.mocked(ruleSummary).mock.calls.map(([r]) => r.users?.[0]))
    expect([...rendered]).toEqual(['user-0'])
    expect(preview()).toContain('  # ab\n  - level: Metadata\n    users: ["user-0"]')
  })
})
