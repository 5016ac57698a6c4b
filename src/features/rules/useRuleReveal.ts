// The rule list's answer to reveal requests (state/reveal.ts, where='form') for places inside a rule. One
// listener for the whole list, not one per card: a long list renders only the cards near the view.
import { useSelect, useSetCollapsed } from '../../state/index.ts'
import { useRevealRequests } from '../../state/reveal.ts'
import { revealRuleField } from './revealField.ts'
import { RULE_PATH } from './useFormReveal.ts'

/** useRuleReveal: the list of rules `ids` answers requests for places inside rule i: expand, select, focus. */
export function useRuleReveal(ids: readonly string[]): void {
  const setCollapsed = useSetCollapsed()
  const select = useSelect()
  useRevealRequests('form', ({ at }) => {
    const m = RULE_PATH.exec(at)
    const id = m ? ids[Number(m[1])] : undefined
    if (!m || id === undefined) return
    setCollapsed([id], false)
    select(id)
    revealRuleField(id, m[2]!)
  })
}
