import { Box } from '@mui/material'
import type { Diagnostic } from '../../policy/types.ts'
import { fieldMessage } from '../../state/index.ts'
import { showCodePoints } from '../../components/visibleText.ts'

const COLOR = { error: 'error.main', warning: 'warning.main', info: 'text.secondary' } as const

/**
 * FieldHelp: a field's findings (each on its own line, coloured by severity, its reason under it where it has
 * one, so a warning reads without opening anything), or its help text when it has none.
 */
export function FieldHelp({ problems, help }: { problems: readonly Diagnostic[]; help?: string }) {
  if (problems.length === 0) return help ?? null
  return (
    <>
      {problems.map((d, i) => (
        <Box component="span" key={i} sx={{ display: 'block', color: COLOR[d.severity] }}>
          {fieldMessage(d)}
          {d.reason !== undefined && (
            <Box
              component="span"
              data-testid="finding-reason"
              sx={{ display: 'block', color: 'text.secondary' }}
            >
              {showCodePoints(d.reason)}
            </Box>
          )}
        </Box>
      ))}
    </>
  )
}
