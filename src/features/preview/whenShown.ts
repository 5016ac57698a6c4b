import { useCallback, useEffect, useRef } from 'react'

/** How long a reveal waits for its target to be shown (the tab may still be switching). */
export const SHOW_WAIT_MS = 3000
const RETRY_MS = 50

/** shown: the element is in the page and laid out (not inside a Suspense boundary hidden while a tab loads). */
const shown = (el: Element): boolean => el.isConnected && el.getClientRects().length > 0

/**
 * whenShown calls `act` with the element `find` returns once that element is shown: at once if it is, else
 * it looks again every 50 ms for up to `waitMs`, then gives up. Returns a function that cancels the wait. A
 * target can be mounted but hidden (Suspense hides the old tab while the next one loads), where focus() does
 * nothing.
 */
export function whenShown<T extends Element>(
  find: () => T | null | undefined,
  act: (el: T) => void,
  waitMs = SHOW_WAIT_MS,
): () => void {
  const deadline = Date.now() + waitMs
  let timer: ReturnType<typeof setTimeout> | undefined
  const attempt = () => {
    const el = find()
    if (el && shown(el)) act(el)
    else if (Date.now() < deadline) timer = setTimeout(attempt, RETRY_MS)
  }
  attempt()
  return () => clearTimeout(timer)
}

/** WhenShown: whenShown without the wait's length, as useWhenShown gives it. */
export type WhenShown = <T extends Element>(find: () => T | null | undefined, act: (el: T) => void) => void

/**
 * useWhenShown gives a component whenShown with one wait at a time: a new call cancels the wait before it,
 * and unmounting cancels the last.
 */
export function useWhenShown(): WhenShown {
  const cancel = useRef(() => {})
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      // StrictMode (dev) unmounts and mounts again at once: only a component that stays gone ends its wait.
      queueMicrotask(() => {
        if (!mounted.current) cancel.current()
      })
    }
  }, [])
  return useCallback<WhenShown>((find, act) => {
    cancel.current()
    cancel.current = whenShown(find, act)
  }, [])
}
