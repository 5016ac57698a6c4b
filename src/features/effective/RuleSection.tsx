import { Box, Typography } from '@mui/material'
import type { ReactNode } from 'react'

interface RuleSectionProps {
  title: string
  /** One line under the title: what these rules do to the user's. */
  description: string
  /** Folded until opened (the 27 built-in rules before the user's). */
  folded?: boolean
  children: ReactNode
}

/** RuleSection: one part of the effective policy (built-in head, the user's rules, the tail), foldable. */
export function RuleSection({ title, description, folded, children }: RuleSectionProps) {
  const list = (
    <Box component="ol" sx={{ m: 0, p: 0 }}>
      {children}
    </Box>
  )
  const heading = (
    <>
      <Typography component="span" variant="subtitle2" sx={{ fontWeight: 700 }}>
        {title}
      </Typography>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
        {description}
      </Typography>
    </>
  )
  if (folded) {
    return (
      <Box component="details" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
        <Box component="summary" sx={{ cursor: 'pointer' }}>
          {heading}
        </Box>
        <Box sx={{ mt: 1 }}>{list}</Box>
      </Box>
    )
  }
  return (
    <Box component="section" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
      {heading}
      <Box sx={{ mt: 1 }}>{list}</Box>
    </Box>
  )
}
