import { useMediaQuery } from '@mui/material'
import { useCallback, useState } from 'react'
import type { ColorMode } from './theme.ts'

const KEY = 'abp.colorMode'

function stored(): ColorMode | null {
  try {
    const v = localStorage.getItem(KEY)
    return v === 'light' || v === 'dark' ? v : null
  } catch {
    return null
  }
}

/** useColorMode: the OS preference until the user toggles; the choice is remembered in this browser. */
export function useColorMode(): [ColorMode, () => void] {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true })
  const [chosen, setChosen] = useState<ColorMode | null>(stored)
  const mode: ColorMode = chosen ?? (prefersDark ? 'dark' : 'light')
  const toggle = useCallback(() => {
    const next: ColorMode = mode === 'dark' ? 'light' : 'dark'
    setChosen(next)
    try {
      localStorage.setItem(KEY, next)
    } catch {
      // Storage may be off; the choice then lasts for this page only.
    }
  }, [mode])
  return [mode, toggle]
}
