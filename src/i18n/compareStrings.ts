// The sentences of a comparison (a policy diff in words) in the active language, read at each call (like
// cliStrings()): for the CLI's `diff`, which sets its language when it starts, and for the Compare panel's strings.
import { compare as en } from './en/compare.ts'
import { locale } from './locale.ts'
import { compare as ru } from './ru/compare.ts'

/** compareStrings: the words of "Compare with…" and of `diff`, in the active language. */
export function compareStrings(): typeof en {
  return locale() === 'ru' ? ru : en
}
