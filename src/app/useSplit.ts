import { useCallback, useState } from 'react'

const KEY = 'abp.split'
/** The editor column's share of the width, in percent: its bounds and the first visit's. */
export const SPLIT_MIN = 25
export const SPLIT_MAX = 75
export const SPLIT_DEFAULT = 50

const clamp = (v: number) => Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, Math.round(v)))

function stored(): number {
  try {
    const v = Number(localStorage.getItem(KEY))
    return Number.isFinite(v) && v >= SPLIT_MIN && v <= SPLIT_MAX ? v : SPLIT_DEFAULT
  } catch {
    return SPLIT_DEFAULT
  }
}

/**
 * useSplit: the editor column's share of the page width (percent), remembered in this browser; `set` keeps it
 * within SPLIT_MIN–SPLIT_MAX.
 */
export function useSplit(): [number, (percent: number) => void] {
  const [split, setSplit] = useState(stored)
  const set = useCallback((percent: number) => {
    const v = clamp(percent)
    setSplit(v)
    try {
      localStorage.setItem(KEY, String(v))
    } catch {
      // Storage may be off; the width then lasts for this page only.
    }
  }, [])
  return [split, set]
}
