import { Box, Chip, Typography } from '@mui/material'
import { t } from '../../i18n/compare.ts'
import type { PolicyDiff } from '../../policy/diff.ts'
import type { Policy } from '../../policy/types.ts'
import { ruleLine } from './ruleLine.ts'

type Status = 'added' | 'removed' | 'moved' | 'changed' | 'same'
interface Row {
  old: number | null
  now: number | null
  status: Status
}

/** rows: the current rules in order, each beside the base rule it came from; removed base rules where they were. */
function rows(base: Policy, d: PolicyDiff, count: number): Row[] {
  const oldOf = new Map<number, number>()
  d.pairOf.forEach((j, i) => j !== null && oldOf.set(j, i))
  const statusOf = (i: number | null, j: number | null): Status => {
    const c = d.ruleChanges.find(
      (x) => ('oldIndex' in x ? x.oldIndex === i : true) && ('newIndex' in x ? x.newIndex === j : true),
    )
    return c ? c.kind : 'same'
  }
  const out: Row[] = []
  const removed = base.rules.map((_, i) => i).filter((i) => d.pairOf[i] === null)
  let r = 0
  for (let j = 0; j < count; j++) {
    const i = oldOf.get(j) ?? null
    while (r < removed.length && i !== null && removed[r]! < i)
      out.push({ old: removed[r++]!, now: null, status: 'removed' })
    out.push({ old: i, now: j, status: statusOf(i, j) })
  }
  while (r < removed.length) out.push({ old: removed[r++]!, now: null, status: 'removed' })
  return out
}

const COLORS: Record<Status, 'success' | 'error' | 'info' | 'warning' | 'default'> = {
  added: 'success',
  removed: 'error',
  moved: 'info',
  changed: 'warning',
  same: 'default',
}

/** RuleChangesView: the base rules and the current ones side by side, each change marked, then in words. */
export function RuleChangesView({
  base,
  current,
  diff,
}: {
  base: Policy
  current: Policy
  diff: PolicyDiff
}) {
  const c = t.compare
  const cell = (p: Policy, i: number | null) => (i === null ? '' : `${i + 1}. ${ruleLine(p.rules[i]!)}`)
  return (
    <Box>
      <Box
        role="table"
        aria-label={c.ruleChanges}
        sx={{
          display: 'grid',
          // minmax(0, 1fr): a long rule line wraps inside its column instead of pushing the other out (a phone).
          gridTemplateColumns: 'minmax(0, 1fr) auto minmax(0, 1fr)',
          gap: 0.5,
          overflowWrap: 'anywhere',
          alignItems: 'center',
          fontSize: 13,
        }}
      >
        <Box role="row" sx={{ display: 'contents' }}>
          <Typography role="columnheader" variant="subtitle2">
            {c.baseColumn}
          </Typography>
          <span role="columnheader" />
          <Typography role="columnheader" variant="subtitle2">
            {c.currentColumn}
          </Typography>
        </Box>
        {rows(base, diff, current.rules.length).map((row, k) => (
          <Box role="row" key={k} sx={{ display: 'contents' }} data-status={row.status}>
            <Box role="cell" sx={{ fontFamily: 'var(--abp-mono)', opacity: row.status === 'same' ? 0.7 : 1 }}>
              {cell(base, row.old)}
            </Box>
            <Box role="cell">
              {row.status === 'same' ? null : (
                <Chip size="small" color={COLORS[row.status]} label={c.statuses[row.status]} />
              )}
            </Box>
            <Box role="cell" sx={{ fontFamily: 'var(--abp-mono)', opacity: row.status === 'same' ? 0.7 : 1 }}>
              {cell(current, row.now)}
            </Box>
          </Box>
        ))}
      </Box>
      <Box component="ul" sx={{ pl: 2.5, my: 1 }}>
        {diff.policyChanges.map((p) => (
          <li key={p.field}>
            <Typography variant="body2">{`${c.policySetting} ${c.fieldChange(p)}`}</Typography>
          </li>
        ))}
        {diff.ruleChanges.map((r, k) => (
          <li key={k}>
            <Typography variant="body2">{c.ruleChange(r)}</Typography>
          </li>
        ))}
      </Box>
      {diff.ruleChanges.length + diff.policyChanges.length === 0 ? (
        <Typography variant="body2">{c.noRuleChanges}</Typography>
      ) : null}
    </Box>
  )
}
