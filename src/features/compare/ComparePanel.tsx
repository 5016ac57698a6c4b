import { Alert, Box, Button, Stack, Typography } from '@mui/material'
import { useState } from 'react'
import { t } from '../../i18n/compare.ts'
import { usePolicyText, useTarget } from '../../state/index.ts'
import { BaseInput } from './BaseInput.tsx'
import { baseForTarget, setBase, useBase, type Base } from './baseStore.ts'
import { BehaviourChangeItem } from './BehaviourChangeItem.tsx'
import { DiffOnLogView } from './DiffOnLogView.tsx'
import { RenderedBaseNote } from './RenderedBaseNote.tsx'
import { RuleChangesView } from './RuleChangesView.tsx'
import { TextDiff } from './TextDiff.tsx'
import { useDiff, type ComparedDiff } from './useDiff.ts'
import { useDiffOnLog, type DiffOnLogState } from './useDiffOnLog.ts'
import type { DiffMeasured } from '../../auditlog/diffOnLog.ts'
import { compareLogStrings } from '../../i18n/compareLog.ts'

/** ComparePanel: choose a base, then see what the edits change against it. */
export function ComparePanel() {
  const stored = useBase()
  const target = useTarget()
  return stored ? <CompareResults stored={stored} base={baseForTarget(stored, target)} /> : <BaseInput />
}

/** CompareResults: `stored` is the base as chosen, `base` the one compared under the current target. */
function CompareResults({ stored, base }: { stored: Base; base: Base }) {
  const c = t.compare
  const compared = useDiff(base)
  const onLog = useDiffOnLog(base.policy, compared)
  const measured = onLog.phase === 'done' ? onLog.measured : null
  const text = usePolicyText()
  const [showText, setShowText] = useState(false)
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="body2" sx={{ flex: 1, minWidth: 200 }}>
          {c.baseFrom(base.summary)}
        </Typography>
        <Button
          size="small"
          variant="outlined"
          onClick={() => setShowText((v) => !v)}
          aria-pressed={showText}
        >
          {showText ? c.hideTextDiff : c.textDiff}
        </Button>
        <Button size="small" onClick={() => setBase(null)}>
          {c.clear}
        </Button>
      </Stack>
      <RenderedBaseNote base={stored} />
      {showText ? <TextDiff original={base.text} base={base.policy} modified={text} /> : null}
      {compared ? (
        <Comparison base={base} compared={compared} measured={measured} onLog={onLog} />
      ) : (
        <Typography variant="body2" role="status">
          {compareLogStrings().comparing}
        </Typography>
      )}
    </Stack>
  )
}

interface ComparisonProps {
  base: Base
  compared: ComparedDiff
  onLog: DiffOnLogState
  measured: DiffMeasured | null
}

/** Comparison: the behaviour changes (measured on the log when there is one) and the rule changes. */
function Comparison({ base, compared, onLog, measured }: ComparisonProps) {
  const c = t.compare
  const { diff, policy } = compared
  return (
    <>
      <Box component="section" aria-label={c.behaviourChanges} aria-busy={compared.stale}>
        <Typography variant="subtitle1" component="h3">
          {c.behaviourChanges}
        </Typography>
        <Typography variant="body2" role="status" sx={{ mb: 1 }}>
          {diff.behaviourChanges.length === 0
            ? c.noBehaviourChanges
            : c.behaviourCount(diff.behaviourChanges.length)}
        </Typography>
        {diff.complete ? null : <Alert severity="warning">{c.incomplete}</Alert>}
        <DiffOnLogView state={onLog} />
        <Stack component="ul" spacing={1} sx={{ p: 0, m: 0 }}>
          {diff.behaviourChanges.map((change, k) => (
            <BehaviourChangeItem
              key={k}
              change={change}
              measured={measured ? (measured.changes[k] ?? null) : undefined}
            />
          ))}
        </Stack>
      </Box>
      <Box component="section" aria-label={c.ruleChanges}>
        <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
          {c.ruleChanges}
        </Typography>
        <RuleChangesView base={base.policy} current={policy} diff={diff} />
      </Box>
    </>
  )
}
