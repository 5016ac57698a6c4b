// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { useEffect } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EditorHandle } from '../monaco/index.ts'
import { EditOnFirstUse } from './EditOnFirstUse.tsx'
import { useFirstUse } from './useFirstUse.ts'

afterEach(cleanup)

const TEXT = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n'

/** A stand-in for the lazily loaded editor: it reports its handle once mounted, as CodeEditor's onReady does. */
function FakeEditor({ onReady }: { onReady: (h: EditorHandle) => void }) {
  useEffect(() => onReady(handle), [onReady])
  return <div data-testid="editor" />
}
const handle: EditorHandle = { reveal: vi.fn(), focus: vi.fn() }

function Owner() {
  const use = useFirstUse(TEXT)
  return (
    <EditOnFirstUse
      value={TEXT}
      label="Policy"
      started={use.started}
      handedOver={use.handedOver}
      onStart={use.start}
      placeholderRef={use.placeholderRef}
    >
      <FakeEditor onReady={use.handOver} />
    </EditOnFirstUse>
  )
}

// The tests run in order: the editor starts once per page (a later mount starts it at once), as in the app.
describe('EditOnFirstUse (the Policy text before Monaco)', () => {
  it('shows the text, highlighted, and no editor until the text is used; the first focus starts it', async () => {
    render(<Owner />)
    const text = screen.getByRole('textbox', { name: 'Policy' })
    expect(text.textContent).toBe(TEXT)
    // The first token in its own coloured span (in the line's span, in the block's box).
    expect(text.querySelector('span span span')?.textContent).toBe('apiVersion')
    expect(screen.queryByTestId('editor')).toBeNull()

    await act(async () => text.focus())
    expect(await screen.findByTestId('editor')).toBeTruthy()
    // The editor took over, with the focus (at the text's selection when there is one).
    expect(screen.queryByRole('textbox', { name: 'Policy' })).toBeNull()
    expect(vi.mocked(handle.focus).mock.calls.length + vi.mocked(handle.reveal).mock.calls.length).toBe(1)
  })

  it('once used in this page, a later mount (back to the tab) starts the editor at once, leaving the focus', async () => {
    vi.mocked(handle.focus).mockClear()
    vi.mocked(handle.reveal).mockClear()
    render(<Owner />)
    expect(await screen.findByTestId('editor')).toBeTruthy()
    expect(handle.focus).not.toHaveBeenCalled()
    expect(handle.reveal).not.toHaveBeenCalled()
  })
})
