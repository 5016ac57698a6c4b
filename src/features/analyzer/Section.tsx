import { Box, Typography } from '@mui/material'
import { useId, type ReactNode } from 'react'

/** Section: a titled part of the report (a region named by its heading). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <Box component="section" aria-labelledby={id} sx={{ minWidth: 0 }}>
      <Typography id={id} variant="subtitle2" component="h3" sx={{ mb: 0.75 }}>
        {title}
      </Typography>
      {children}
    </Box>
  )
}
