import { Box, useTheme } from '@mui/material'
import { Suspense } from 'react'
import { t } from '../../i18n/compare.ts'
import { LazyDiffView } from '../../monaco/index.ts'
import { serializePolicy } from '../../policy/serialize.ts'
import type { Policy } from '../../policy/types.ts'

/** TextDiff: the base text and the current policy text side by side (Monaco's diff editor, loaded lazily). */
export function TextDiff({
  original,
  base,
  modified,
}: {
  original: string | undefined
  base: Policy
  modified: string
}) {
  const dark = useTheme().palette.mode === 'dark'
  return (
    <Box
      data-testid="compare-text-diff"
      sx={{ height: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Suspense fallback={null}>
        <LazyDiffView
          original={original ?? serializePolicy(base)}
          modified={modified}
          label={t.compare.textDiff}
          dark={dark}
        />
      </Suspense>
    </Box>
  )
}
