// Actions every rule card needs, provided once by RulesPanel so memoized cards get stable functions.
import { createContext, useContext } from 'react'
import type { PolicyRule } from '../../policy/types.ts'

export interface RuleActions {
  moveUp(index: number, id: string): void
  moveDown(index: number, id: string): void
  duplicate(index: number): void
  remove(index: number, id: string, rule: PolicyRule): void
  toggleCollapsed(id: string, collapsed: boolean): void
}

export const RuleActionsContext = createContext<RuleActions | null>(null)

/** useRuleActions: the rule actions of the surrounding RulesPanel. */
export function useRuleActions(): RuleActions {
  const actions = useContext(RuleActionsContext)
  if (!actions) throw new Error('useRuleActions needs a RulesPanel above it')
  return actions
}
