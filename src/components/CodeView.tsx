import { Box, useTheme } from '@mui/material'
import { Suspense } from 'react'
import { LazyCodeEditor, type CodeLanguage } from '../monaco/index.ts'
import { PlainCode } from './PlainCode.tsx'

interface CodeViewProps {
  value: string
  language: CodeLanguage
  /** The model's file name, e.g. audit-policy.yaml (schemas attach by it). */
  path: string
  /** Accessible name of the code area. */
  label: string
  height: number | string
}

/**
 * CodeView shows read-only code in Monaco, loaded lazily; until it arrives the same text is shown plainly,
 * so the first screen is usable without it.
 */
export function CodeView({ value, language, path, label, height }: CodeViewProps) {
  const mode = useTheme().palette.mode
  return (
    <Box
      sx={{ height, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}
      data-testid="code-view"
    >
      <Suspense fallback={<PlainCode value={value} label={label} />}>
        <LazyCodeEditor value={value} language={language} path={path} label={label} dark={mode === 'dark'} />
      </Suspense>
    </Box>
  )
}
