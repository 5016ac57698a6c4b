import { Alert, Box, Stack, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { t } from '../../i18n/index.ts'
import { fieldMessage, useFieldDiagnostics } from '../../state/index.ts'

/** RulesEmptyState explains what a policy is and offers ways to start. */
export function RulesEmptyState({ actions }: { actions?: ReactNode }) {
  const problems = useFieldDiagnostics('rules')
  return (
    <Box
      sx={{
        border: 1,
        borderStyle: 'dashed',
        borderColor: 'divider',
        borderRadius: 2,
        p: 3,
        textAlign: 'center',
      }}
    >
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t.rules.emptyTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: 520, mx: 'auto' }}>
        {t.rules.emptyBody}
      </Typography>
      {actions && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ justifyContent: 'center', flexWrap: 'wrap' }}>
          {actions}
        </Stack>
      )}
      {problems.map((d) => (
        <Alert
          key={d.message}
          severity={d.severity === 'error' ? 'error' : 'warning'}
          sx={{ mt: 2, textAlign: 'left' }}
        >
          {fieldMessage(d)}
        </Alert>
      ))}
    </Box>
  )
}
