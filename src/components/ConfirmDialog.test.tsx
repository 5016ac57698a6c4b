// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ConfirmDialog } from './ConfirmDialog.tsx'
import { LazySnackbar } from './LazySnackbar.tsx'

afterEach(cleanup)

// The first import of MUI's Dialog and Snackbar (hundreds of modules, transformed on first use) takes seconds on
// a loaded machine. It happens here, once, with a timeout sized for it, so the tests below wait for what they
// test (the dialog opening, the focus moving), not for the test runner's module loading. The components still
// load their views lazily, through React.lazy, as in the app.
beforeAll(async () => {
  await Promise.all([import('./ConfirmDialogView.tsx'), import('@mui/material/Snackbar')])
}, 120_000)

describe('ConfirmDialog (its dialog loads on the first opening)', () => {
  const dialog = (open: boolean, onCancel = () => {}, onConfirm = () => {}) => (
    <ConfirmDialog open={open} title="Start a new policy?" onCancel={onCancel} onConfirm={onConfirm}>
      The rules will be cleared.
    </ConfirmDialog>
  )

  it('renders nothing while closed', () => {
    render(dialog(false))
    expect(document.body.textContent).toBe('')
  })

  it('opens with its title, text and Cancel focused; Cancel and OK call back; it closes again', async () => {
    const onCancel = vi.fn()
    const onConfirm = vi.fn()
    const { rerender } = render(dialog(false, onCancel, onConfirm))
    rerender(dialog(true, onCancel, onConfirm))
    const shown = await screen.findByRole('dialog', { name: 'Start a new policy?' })
    const body = document.getElementById(shown.getAttribute('aria-describedby')!)
    expect(body?.textContent).toBe('The rules will be cleared.')
    const cancel = screen.getByRole('button', { name: 'Cancel' })
    await waitFor(() => expect(document.activeElement).toBe(cancel))
    fireEvent.click(cancel)
    expect(onCancel).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getByRole('button', { name: 'OK' }))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    rerender(dialog(false, onCancel, onConfirm))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })
})

describe('LazySnackbar (MUI Snackbar, loaded on the first opening)', () => {
  it('renders nothing while closed, then shows its message', async () => {
    const { rerender } = render(<LazySnackbar open={false} message="Policy imported" />)
    expect(document.body.textContent).toBe('')
    rerender(<LazySnackbar open message="Policy imported" />)
    expect(await screen.findByText('Policy imported')).toBeTruthy()
  })

  it('a newer one closes the one on screen (as if its time was up): they never stack', async () => {
    const closeFirst = vi.fn()
    const closeSecond = vi.fn()
    const both = (second: boolean) => (
      <>
        <LazySnackbar open message="Loaded a preset" autoHideDuration={60_000} onClose={closeFirst} />
        <LazySnackbar open={second} message="Imported." autoHideDuration={60_000} onClose={closeSecond} />
      </>
    )
    const { rerender } = render(both(false))
    expect(await screen.findByText('Loaded a preset')).toBeTruthy()
    expect(closeFirst).not.toHaveBeenCalled()
    rerender(both(true))
    expect(await screen.findByText('Imported.')).toBeTruthy()
    expect(closeFirst).toHaveBeenCalledTimes(1)
    expect(closeFirst.mock.calls[0][1]).toBe('timeout')
    expect(closeSecond).not.toHaveBeenCalled()
  })

  it('a message that changes while open gets its room measured again (a phone: the header grows for it)', async () => {
    // jsdom lays nothing out: the title place measures 0 wide (a phone's narrow place, one line), and a message
    // is given one 15 px line per 20 characters.
    const scrollHeight = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('MuiSnackbarContent-message')
        ? 15 * Math.ceil((this.textContent ?? '').length / 20)
        : 0
    })
    const root = document.documentElement.style
    try {
      // The header is on the page before the snackbar opens, as in the app.
      const page = (message: string | null) => (
        <header>
          <div>
            <span data-snackbar-slot>Audit Policy Builder</span>
          </div>
          <LazySnackbar open={message !== null} message={message} autoHideDuration={60_000} />
        </header>
      )
      const { rerender } = render(page(null))
      rerender(page('Fixed.'))
      expect(await screen.findByText('Fixed.')).toBeTruthy()
      expect(root.getPropertyValue('--snackbar-room')).toBe('')
      const long = 'Fixed: rule 12 no longer logs Secret bodies (Metadata).'
      rerender(page(long))
      expect(await screen.findByText(long)).toBeTruthy()
      // Three lines where the place holds one: two lines of room.
      await waitFor(() => expect(root.getPropertyValue('--snackbar-room')).toBe('30px'))
    } finally {
      scrollHeight.mockRestore()
      root.removeProperty('--snackbar-room')
    }
  })
})
