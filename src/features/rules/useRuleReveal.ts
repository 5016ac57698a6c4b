// A rule card's answer to reveal requests (state/reveal.ts, where='form') for places inside its rule.
import { useSelect, useSetCollapsed } from '../../state/index.ts'
import { useRevealRequests } from '../../state/reveal.ts'
import { revealRuleField } from './revealField.ts'
import { RULE_PATH } from './useFormReveal.ts'

/** useRuleReveal: rule `index` (id `id`) answers requests for places inside it: expand, select, focus. */
export function useRuleReveal(index: number, id: string): void {
  const setCollapsed = useSetCollapsed()
  const select = useSelect()
  useRevealRequests('form', ({ at }) => {
    const m = RULE_PATH.exec(at)
    if (!m || Number(m[1]) !== index) return
    setCollapsed([id], false)
    select(id)
    revealRuleField(id, m[2]!)
  })
}
