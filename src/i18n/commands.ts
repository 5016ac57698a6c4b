// The Commands tab's comments and apply.sh's messages in the active language, for the lazily loaded Secret and
// Commands tabs (state/outputs.ts): not part of `t`, so the first screen ships without them.
import type { CommandWords } from '../policy/shellCommands.ts'
import { commands as en } from './en/commands.ts'
import { locale } from './locale.ts'
import { commands as ru } from './ru/commands.ts'

/** commandWords: the words in the language of locale(). */
export function commandWords(): CommandWords {
  return locale() === 'ru' ? ru : en
}
