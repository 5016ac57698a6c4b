// The title of a DKP built-in rule in the active language, read at each call (the CLI sets its language when it
// starts): DKP's own for the rules we ship, else the rendered rule's comment, else its number.
import type { BuiltinRef } from '../policy/dkpBuiltin.ts'
import { dkpBuiltin as en, titleOf } from './en/dkpBuiltin.ts'
import { locale } from './locale.ts'
import { dkpBuiltin as ru } from './ru/dkpBuiltin.ts'

/** builtinTitle: "Every LIST (catches OOM-causing lists)" for shipped rule 15. */
export function builtinTitle(b: Pick<BuiltinRef, 'number' | 'note' | 'shipped'>): string {
  return titleOf(locale() === 'ru' ? ru : en, b)
}
