import { Box, Link } from '@mui/material'
import type { SkippedRule } from '../../policy/simulate.ts'
import { t } from '../../i18n/verify.ts'
import { useRequestReveal } from '../../state/index.ts'
import { shortenLists } from './shortenLists.ts'
import { builtinTitle } from '../../i18n/builtinTitle.ts'
import { whyNotText } from '../../i18n/whyNot.ts'

/** SkippedRow: "Your rule 2: verbs: get is not in [create]"; a user rule's name links to its form. */
export function SkippedRow({ skipped, dkp }: { skipped: SkippedRule; dkp: boolean }) {
  const requestReveal = useRequestReveal()
  const s = t.verify.simulator.trace
  const o = skipped.origin
  return (
    <Box component="li" sx={{ py: 0.25, wordBreak: 'break-word' }}>
      {o.kind === 'user' ? (
        <Link
          component="button"
          type="button"
          underline="hover"
          onClick={() => requestReveal({ at: `rules[${o.index}]`, where: 'form' })}
          sx={{ font: 'inherit', verticalAlign: 'baseline' }}
        >
          {dkp ? s.yourRule(o.index + 1) : s.rule(o.index + 1)}
        </Link>
      ) : (
        <strong>{s.builtin(o.builtin.number, builtinTitle(o.builtin))}</strong>
      )}
      {': '}
      {shortenLists(whyNotText(skipped.mismatch))}
    </Box>
  )
}
