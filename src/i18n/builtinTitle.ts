// The title of a DKP built-in rule in the active strings: DKP's own for the rules we ship, else the rendered
// rule's comment, else its number.
import type { BuiltinRef } from '../policy/dkpBuiltin.ts'
import { titleOf } from './en/dkpBuiltin.ts'
import { t } from './index.ts'

/** builtinTitle: "Every LIST (catches OOM-causing lists)" for shipped rule 15. */
export function builtinTitle(b: Pick<BuiltinRef, 'number' | 'note' | 'shipped'>): string {
  return titleOf(t.dkpBuiltin, b)
}
