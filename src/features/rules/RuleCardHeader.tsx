import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward'
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline'
import DragIndicatorIcon from '@mui/icons-material/DragIndicator'
import ExpandLessIcon from '@mui/icons-material/ExpandLess'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import { Box, Chip, IconButton, Stack, Typography } from '@mui/material'
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core'
import type { PolicyRule } from '../../policy/types.ts'
import type { RuleMark } from '../../state/simulation.ts'
import { t } from '../../i18n/index.ts'
import { revealKey, useRuleDiagnostics } from '../../state/index.ts'
import { levelColor } from './levelColors.ts'
import { useRuleActions } from './RuleActionsContext.ts'
import { ruleSummary } from './ruleSummary.ts'
import { useRevealTarget } from './useRevealTarget.ts'

interface RuleCardHeaderProps {
  id: string
  index: number
  isLast: boolean
  rule: PolicyRule
  collapsed: boolean
  bodyId: string
  handleRef: (el: HTMLElement | null) => void
  handleAttributes: DraggableAttributes
  handleListeners: DraggableSyntheticListeners
  /** How the simulator's test request fared at this rule, while the simulator is shown. */
  mark?: RuleMark
}

/** RuleCardHeader: drag handle, "Rule N", level, problems, the one-line summary and the rule's actions. */
export function RuleCardHeader({
  id,
  index,
  isLast,
  rule,
  collapsed,
  bodyId,
  handleRef,
  handleAttributes,
  handleListeners,
  mark,
}: RuleCardHeaderProps) {
  const actions = useRuleActions()
  const moveUpRef = useRevealTarget<HTMLButtonElement>(revealKey(index, 'moveUp'))
  const moveDownRef = useRevealTarget<HTMLButtonElement>(revealKey(index, 'moveDown'))
  const problems = useRuleDiagnostics(index).filter((d) => d.severity !== 'info')
  const errors = problems.filter((d) => d.severity === 'error').length
  const n = index + 1
  const summary = ruleSummary(rule)
  return (
    <Box sx={{ px: { xs: 0.5, sm: 1 }, pt: 0.5, pb: collapsed ? 1 : 0.5 }}>
      {/*
        Three columns: the handle, the name with its chips (they wrap onto a second line within their column when
        the card is narrow: "Правило 10" and "RequestResponse" do not fit beside the buttons on a phone), and the
        rule's buttons, which always stay on the first line where the thumb expects them.
      */}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: 'auto minmax(0, 1fr) auto',
          // The first line of each column at the top; the chips' 24 px line sits in the buttons' 30 px.
          alignItems: 'start',
          columnGap: 0.5,
        }}
      >
        <IconButton
          ref={handleRef}
          {...handleAttributes}
          {...handleListeners}
          aria-label={t.rules.dragHandle(n)}
          size="small"
          sx={{ cursor: 'grab', touchAction: 'none' }}
        >
          <DragIndicatorIcon fontSize="small" />
        </IconButton>
        <Stack
          direction="row"
          alignItems="center"
          spacing={0.5}
          useFlexGap
          sx={{ minWidth: 0, flexWrap: 'wrap', rowGap: 0.25, py: '3px' }}
        >
          <Typography component="h3" variant="subtitle2" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
            {t.rules.ruleName(n)}
          </Typography>
          <Chip
            size="small"
            label={rule.level || t.fields.noLevel}
            color={levelColor(rule.level)}
            variant="outlined"
          />
          {problems.length > 0 && (
            <Chip
              size="small"
              label={t.rules.problems(problems.length)}
              color={errors > 0 ? 'error' : 'warning'}
              sx={{ display: { xs: 'none', sm: 'inline-flex' } }}
            />
          )}
          {mark?.kind === 'matched' && (
            <Chip
              size="small"
              color="success"
              label={t.verify.simulator.mark.matched}
              data-testid="rule-match"
            />
          )}
        </Stack>
        <Stack direction="row">
          <IconButton
            size="small"
            aria-label={collapsed ? t.rules.expand : t.rules.collapse}
            title={collapsed ? t.rules.expand : t.rules.collapse}
            aria-expanded={!collapsed}
            aria-controls={collapsed ? undefined : bodyId}
            onClick={() => actions.toggleCollapsed(id, !collapsed)}
          >
            {collapsed ? <ExpandMoreIcon fontSize="small" /> : <ExpandLessIcon fontSize="small" />}
          </IconButton>
          <IconButton
            size="small"
            aria-label={t.rules.moveUp}
            title={t.rules.moveUp}
            data-action="moveUp"
            ref={moveUpRef}
            disabled={index === 0}
            onClick={() => actions.moveUp(index, id)}
          >
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            aria-label={t.rules.moveDown}
            title={t.rules.moveDown}
            data-action="moveDown"
            ref={moveDownRef}
            disabled={isLast}
            onClick={() => actions.moveDown(index, id)}
          >
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            aria-label={t.rules.duplicate}
            title={t.rules.duplicate}
            onClick={() => actions.duplicate(index)}
          >
            <ContentCopyIcon fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            aria-label={t.rules.delete}
            title={t.rules.delete}
            onClick={() => actions.remove(index, id, rule)}
          >
            <DeleteOutlineIcon fontSize="small" />
          </IconButton>
        </Stack>
      </Box>
      {mark?.kind === 'skipped' && (
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          data-testid="rule-skip"
          sx={{ pl: { xs: 1, sm: 5 }, pr: 1, fontStyle: 'italic', wordBreak: 'break-word' }}
        >
          {t.verify.simulator.mark.skipped(mark.reason)}
        </Typography>
      )}
      {collapsed && (
        <Typography
          variant="body2"
          color="text.secondary"
          title={summary}
          data-testid="rule-summary"
          sx={{
            pl: { xs: 1, sm: 5 },
            pr: 1,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {summary}
        </Typography>
      )}
    </Box>
  )
}
