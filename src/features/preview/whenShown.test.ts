// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react'
import { useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SHOW_WAIT_MS, useWhenShown, whenShown } from './whenShown.ts'

/** A target element: laid out while `visible` (jsdom lays nothing out), in the page while `attached`. */
function aTarget(visible: boolean, attached = true) {
  const el = document.createElement('button')
  const target = {
    el,
    show() {
      target.visible = true
    },
    visible,
  }
  vi.spyOn(el, 'getClientRects').mockImplementation(
    () => ({ length: target.visible ? 1 : 0 }) as unknown as DOMRectList,
  )
  if (attached) document.body.append(el)
  return target
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  cleanup()
  document.body.replaceChildren()
  vi.useRealTimers()
})

describe('whenShown', () => {
  it.each([
    ['a shown element: at once', true, true, 0, 1],
    ['a hidden element: not at once', false, true, 0, 0],
    ['a hidden element: not while it stays hidden', false, true, SHOW_WAIT_MS + 100, 0],
    ['an element out of the page: never', true, false, SHOW_WAIT_MS + 100, 0],
  ])('acts on %s', (_name, visible, attached, elapsed, calls) => {
    const { el } = aTarget(visible, attached)
    const act = vi.fn()
    whenShown(() => el, act)
    vi.advanceTimersByTime(elapsed)
    expect(act).toHaveBeenCalledTimes(calls)
  })

  it('acts once the element shows, and only once', () => {
    const target = aTarget(false)
    const act = vi.fn()
    whenShown(() => target.el, act)
    vi.advanceTimersByTime(500)
    target.show()
    vi.advanceTimersByTime(50)
    expect(act).toHaveBeenCalledExactlyOnceWith(target.el)
    vi.advanceTimersByTime(SHOW_WAIT_MS)
    expect(act).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('waits for an element that is not there yet', () => {
    let el: HTMLElement | null = null
    const act = vi.fn()
    whenShown(() => el, act)
    vi.advanceTimersByTime(200)
    el = aTarget(true).el
    vi.advanceTimersByTime(50)
    expect(act).toHaveBeenCalledExactlyOnceWith(el)
  })

  it('gives up after the wait and stops looking', () => {
    const target = aTarget(false)
    const act = vi.fn()
    whenShown(() => target.el, act, 1000)
    vi.advanceTimersByTime(1000)
    expect(vi.getTimerCount()).toBe(0)
    target.show()
    vi.advanceTimersByTime(SHOW_WAIT_MS)
    expect(act).not.toHaveBeenCalled()
  })

  it('stops when cancelled', () => {
    const target = aTarget(false)
    const act = vi.fn()
    const cancel = whenShown(() => target.el, act)
    cancel()
    target.show()
    vi.advanceTimersByTime(SHOW_WAIT_MS)
    expect(act).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('useWhenShown', () => {
  it('a new call cancels the wait before it', () => {
    const first = aTarget(false)
    const second = aTarget(false)
    const act = vi.fn()
    const { result } = renderHook(() => useWhenShown())
    result.current(() => first.el, act)
    result.current(() => second.el, act)
    first.show()
    second.show()
    vi.advanceTimersByTime(50)
    expect(act).toHaveBeenCalledExactlyOnceWith(second.el)
  })

  it('unmounting cancels the wait', async () => {
    const target = aTarget(false)
    const act = vi.fn()
    const { result, unmount } = renderHook(() => useWhenShown())
    result.current(() => target.el, act)
    unmount()
    await Promise.resolve()
    target.show()
    vi.advanceTimersByTime(SHOW_WAIT_MS)
    expect(act).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a wait begun on mount survives StrictMode’s unmount and mount again', async () => {
    const target = aTarget(false)
    const act = vi.fn()
    // Like a pending reveal, the request is taken by the first mount only.
    let pending = true
    renderHook(
      () => {
        const show = useWhenShown()
        useEffect(() => {
          if (!pending) return
          pending = false
          show(() => target.el, act)
        }, [show])
      },
      { reactStrictMode: true },
    )
    await Promise.resolve()
    target.show()
    vi.advanceTimersByTime(50)
    expect(act).toHaveBeenCalledExactlyOnceWith(target.el)
  })
})
