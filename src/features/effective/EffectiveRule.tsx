import { Box, Chip, Link, Stack, Typography } from '@mui/material'
import { alpha } from '@mui/material/styles'
import { memo } from 'react'
import type { RuleOrigin } from '../../policy/effective.ts'
import { serializeRule } from '../../policy/serialize.ts'
import type { PolicyRule } from '../../policy/types.ts'
import { t } from '../../i18n/verify.ts'
import { useRequestReveal } from '../../state/index.ts'
import { builtinTitle } from '../../i18n/builtinTitle.ts'

const LEVEL_COLOR: Record<string, 'default' | 'info' | 'warning' | 'secondary'> = {
  None: 'default',
  Metadata: 'info',
  Request: 'warning',
  RequestResponse: 'secondary',
}

interface EffectiveRuleProps {
  /** 1-based position in the effective policy. */
  position: number
  origin: RuleOrigin
  rule: PolicyRule
}

/** yamlOf: the rule's YAML without its note (the origin is shown instead), unindented. */
const yamlOf = (rule: PolicyRule) => serializeRule({ ...rule, note: undefined }, '')

/**
 * EffectiveRule: one rule of the effective policy. A built-in rule folds its YAML under its number and title;
 * a user rule is highlighted, shows its YAML and links to its form.
 */
export const EffectiveRule = memo(function EffectiveRule({ position, origin, rule }: EffectiveRuleProps) {
  const requestReveal = useRequestReveal()
  const e = t.verify.effective
  const level = (
    <Chip size="small" variant="outlined" label={rule.level} color={LEVEL_COLOR[rule.level] ?? 'error'} />
  )
  const code = (
    <Box
      component="pre"
      sx={{
        m: 0,
        mt: 0.5,
        p: 1,
        overflowX: 'auto',
        fontFamily: 'var(--abp-mono)',
        fontSize: 12.5,
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'divider',
        borderRadius: 0.5,
      }}
    >
      {yamlOf(rule)}
    </Box>
  )
  if (origin.kind === 'builtin') {
    return (
      <Box component="li" sx={{ listStyle: 'none', py: 0.25 }}>
        <Box component="details">
          <Box component="summary" sx={{ cursor: 'pointer', py: 0.25, fontSize: 14 }}>
            <Typography component="span" variant="body2" color="text.secondary" sx={{ mr: 1 }}>
              {e.position(position)}
            </Typography>
            <Typography component="span" variant="body2" sx={{ fontWeight: 600, mr: 1 }}>
              {e.builtinName(origin.builtin.number)}
            </Typography>
            {level}{' '}
            <Typography component="span" variant="body2">
              {builtinTitle(origin.builtin)}
            </Typography>
          </Box>
          {code}
        </Box>
      </Box>
    )
  }
  return (
    <Box
      component="li"
      data-testid="effective-user-rule"
      sx={{
        listStyle: 'none',
        my: 0.5,
        p: 1,
        border: 1,
        borderColor: 'primary.main',
        borderRadius: 1,
        bgcolor: (th) => alpha(th.palette.primary.main, th.palette.mode === 'dark' ? 0.16 : 0.06),
      }}
    >
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Typography component="span" variant="body2" color="text.secondary">
          {e.position(position)}
        </Typography>
        <Link
          component="button"
          type="button"
          underline="hover"
          onClick={() => requestReveal({ at: `rules[${origin.index}]`, where: 'form' })}
          sx={{ font: 'inherit', fontWeight: 700, fontSize: 14 }}
        >
          {e.yourRule(origin.index + 1)}
        </Link>
        {level}
      </Stack>
      {rule.note && (
        <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic', mt: 0.25 }}>
          {rule.note}
        </Typography>
      )}
      {code}
    </Box>
  )
})
