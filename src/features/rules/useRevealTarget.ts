// The form's side of "show me where" (state/reveal.ts): a control registers under its key; when a request for
// that key waits in the store and the control is in the page and shown, it is scrolled to the middle of the
// view and focused, and the request is served. A control that mounts later (its rule just expanded, its card
// scrolled into a long list, the list still loading) serves it when it mounts; one hidden by Suspense serves
// it when shown again (React runs layout effects again when hidden content reappears).
import { useCallback, useLayoutEffect, useRef, type RefCallback } from 'react'
import { isShown } from '../../components/isShown.ts'
import { useRevealFieldRequest, useRevealServed } from '../../state/index.ts'

const usable = (el: Element): boolean =>
  el instanceof HTMLElement &&
  el.getAttribute('aria-hidden') !== 'true' &&
  !el.hasAttribute('disabled') &&
  el.tabIndex >= 0

/**
 * controlIn: what takes the focus for a registered element: itself when focusable (a button, a card with
 * tabindex), else the first text input or combobox inside it (a field's root holds its label, chips and help
 * buttons too), else the first focusable element inside it.
 */
export function controlIn(root: HTMLElement): HTMLElement {
  if (root.tabIndex >= -1 && root.hasAttribute('tabindex')) return root
  if (usable(root)) return root
  const inputs = root.querySelectorAll('input:not([type="hidden"]), textarea, [role="combobox"]')
  for (const el of inputs) if (usable(el)) return el as HTMLElement
  for (const el of root.querySelectorAll('button, [tabindex]')) if (usable(el)) return el as HTMLElement
  return root
}

/**
 * showControl scrolls `el`'s control to the middle of the view (only as far as needed for focus management)
 * and focuses it.
 */
function showControl(el: HTMLElement, focusOnly: boolean): void {
  const control = controlIn(el)
  control.scrollIntoView?.({ block: focusOnly ? 'nearest' : 'center' }) // absent in jsdom
  control.focus({ preventScroll: true })
}

/** useRevealTarget registers a form control under `key` (null: none); put the returned ref on its root. */
export function useRevealTarget<T extends HTMLElement>(key: string | null): RefCallback<T> {
  const request = useRevealFieldRequest(key)
  const served = useRevealServed()
  const element = useRef<T | null>(null)
  const seq = request?.seq ?? 0
  const focusOnly = request?.focusOnly === true
  useLayoutEffect(() => {
    const el = element.current
    if (seq === 0 || !el || !isShown(el)) return
    showControl(el, focusOnly)
    served(seq)
  }, [seq, focusOnly, served])
  return useCallback((node: T | null) => {
    element.current = node
  }, [])
}
