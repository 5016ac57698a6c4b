import { useEffect } from 'react'
import type { Simulation } from '../../policy/simulate.ts'
import { useRuleIds } from '../../state/index.ts'
import { setRuleMarks, type RuleMark } from '../../state/simulation.ts'
import { shortenLists } from './shortenLists.ts'
import { whyNotText } from '../../i18n/whyNot.ts'

/**
 * useRuleMarks shows the simulation in the rule list while the simulator is on screen: the user rule that
 * matched, and why each earlier user rule did not. Cleared when the simulator closes.
 */
export function useRuleMarks(simulation: Simulation): void {
  const ids = useRuleIds()
  useEffect(() => {
    const marks = new Map<string, RuleMark>()
    for (const s of simulation.skipped) {
      const id = s.origin.kind === 'user' ? ids[s.origin.index] : undefined
      if (id) marks.set(id, { kind: 'skipped', reason: shortenLists(whyNotText(s.mismatch)) })
    }
    const v = simulation.verdict
    const matched = v.kind === 'user' ? ids[v.index] : undefined
    if (matched) marks.set(matched, { kind: 'matched', level: simulation.result.level })
    setRuleMarks(marks)
  }, [simulation, ids])
  useEffect(() => () => setRuleMarks(new Map()), [])
}
