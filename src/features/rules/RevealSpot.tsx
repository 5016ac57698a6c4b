import { Box, type SxProps, type Theme } from '@mui/material'
import type { ReactNode } from 'react'
import { useRevealTarget } from './useRevealTarget.ts'

/** RevealSpot: a box that answers "show me where" for form key `at` (state/reveal.ts) with the field inside it. */
export function RevealSpot({ at, sx, children }: { at: string; sx?: SxProps<Theme>; children: ReactNode }) {
  return (
    <Box ref={useRevealTarget<HTMLDivElement>(at)} sx={sx}>
      {children}
    </Box>
  )
}
