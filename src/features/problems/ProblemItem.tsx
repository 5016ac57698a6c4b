import CodeIcon from '@mui/icons-material/Code'
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline'
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined'
import WarningAmberIcon from '@mui/icons-material/WarningAmber'
import BuildOutlinedIcon from '@mui/icons-material/BuildOutlined'
import { Box, Button, Chip, IconButton, Link, Stack, Typography } from '@mui/material'
import { memo } from 'react'
import type { Severity } from '../../policy/types.ts'
import type { RevealWhere } from '../../state/reveal.ts'
import { t } from '../../i18n/index.ts'
import { FindingDetails } from '../../components/FindingDetails.tsx'
import { showCodePoints } from '../../components/visibleText.ts'
import type { Problem } from './problems.ts'
import { placeLabel } from './placeLabel.ts'

const ICONS: Record<Severity, typeof ErrorOutlineIcon> = {
  error: ErrorOutlineIcon,
  warning: WarningAmberIcon,
  info: InfoOutlinedIcon,
}
const COLORS: Record<Severity, 'error' | 'warning' | 'info'> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
}

interface ProblemItemProps {
  problem: Problem
  /** Whether a fix can be applied now (lint has seen the current policy). */
  fixReady: boolean
  onReveal: (at: string, where: RevealWhere) => void
  onFix: (problem: Problem) => void
}

/**
 * ProblemItem: a finding with its severity, its place and what it breaks; its message takes the user to the
 * field, "YAML" to the text, and a lint fix is one click away.
 */
export const ProblemItem = memo(function ProblemItem({
  problem,
  fixReady,
  onReveal,
  onFix,
}: ProblemItemProps) {
  const p = t.verify.problems
  const Icon = ICONS[problem.severity]
  const mc = problem.inModuleConfig
  const at = mc ?? problem.at
  // Findings about the YAML text open the text; those about the ModuleConfig its controls; the others open
  // the form (the YAML is one click away).
  const primary: RevealWhere = problem.inText ? 'yaml' : mc !== undefined ? 'moduleConfig' : 'form'
  const linked = at !== undefined || problem.inText !== undefined
  return (
    <Box
      component="li"
      sx={{
        display: 'flex',
        gap: 1,
        py: 1,
        px: 0.5,
        borderBottom: 1,
        borderColor: 'divider',
        alignItems: 'flex-start',
      }}
    >
      <Icon
        color={COLORS[problem.severity]}
        fontSize="small"
        titleAccess={p.severity[problem.severity]}
        sx={{ mt: 0.25, flexShrink: 0 }}
      />
      <Box sx={{ flex: 1, minWidth: 0 }}>
        {linked ? (
          <Link
            component="button"
            type="button"
            underline="hover"
            color="inherit"
            onClick={() => onReveal(at ?? '', primary)}
            sx={{ textAlign: 'left', font: 'inherit', fontSize: 14, wordBreak: 'break-word' }}
          >
            {showCodePoints(problem.message)}
          </Link>
        ) : (
          <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
            {showCodePoints(problem.message)}
          </Typography>
        )}
        {problem.hint && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
            {problem.hint}
          </Typography>
        )}
        <FindingDetails details={problem.details} items={problem.items} />
        <Stack direction="row" spacing={1} alignItems="center" useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }}>
          <Typography variant="caption" color="text.secondary">
            {problem.inText
              ? p.inText(problem.inText.line, problem.inText.column)
              : placeLabel(problem.place)}
          </Typography>
          {problem.block && (
            <Chip
              size="small"
              color="error"
              variant="outlined"
              label={p.blocks[problem.block]}
              sx={{
                height: 'auto',
                maxWidth: '100%',
                '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
              }}
            />
          )}
        </Stack>
        {problem.fix && (
          <Stack
            direction="row"
            spacing={1}
            alignItems="center"
            useFlexGap
            sx={{ flexWrap: 'wrap', mt: 0.75 }}
          >
            <Button
              size="small"
              variant="outlined"
              startIcon={<BuildOutlinedIcon />}
              disabled={!fixReady}
              aria-label={p.applyFixNamed(problem.fix.description)}
              onClick={() => onFix(problem)}
            >
              {p.applyFix}
            </Button>
            <Typography variant="body2" color="text.secondary">
              {problem.fix.description}
            </Typography>
          </Stack>
        )}
      </Box>
      {at !== undefined && primary === 'form' && (
        <IconButton
          size="small"
          aria-label={p.showInYaml}
          title={p.showInYaml}
          onClick={() => onReveal(at, 'yaml')}
        >
          <CodeIcon fontSize="small" />
        </IconButton>
      )}
    </Box>
  )
})
