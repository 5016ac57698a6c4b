// What an import brings in, in the active language, read at each call (like cliStrings()): for the CLI's `diff`,
// which sets its language when it starts; the app reads the same words as t.importing.
import { importing as en } from './en/importing.ts'
import { locale } from './locale.ts'
import { importing as ru } from './ru/importing.ts'

/** importingStrings: the words of an import's summary and losses, in the active language. */
export function importingStrings(): typeof en {
  return locale() === 'ru' ? ru : en
}
