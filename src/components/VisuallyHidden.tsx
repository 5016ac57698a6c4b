import { Box } from '@mui/material'
import type { ReactNode } from 'react'

/** VisuallyHidden: text for screen readers only (e.g. what a coloured count means). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return (
    <Box
      component="span"
      sx={{
        position: 'absolute',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        whiteSpace: 'nowrap',
      }}
    >
      {children}
    </Box>
  )
}
