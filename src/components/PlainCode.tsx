import { Box } from '@mui/material'

interface PlainCodeProps {
  value: string
  label: string
}

/** PlainCode shows code as plain, scrollable, focusable text (the view before Monaco loads). */
export function PlainCode({ value, label }: PlainCodeProps) {
  return (
    <Box
      component="pre"
      tabIndex={0}
      aria-label={label}
      data-testid="plain-code"
      sx={{
        m: 0,
        p: 1.5,
        height: '100%',
        overflow: 'auto',
        fontFamily: 'var(--abp-mono)',
        fontSize: 13,
        lineHeight: 1.5,
        whiteSpace: 'pre',
        // The surrounding CodeView shows the focus.
        '&:focus-visible': { outline: 'none' },
      }}
    >
      {value}
    </Box>
  )
}
