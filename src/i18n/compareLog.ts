// The words of a comparison measured on a log, in the active language, read at each call (like cliStrings()): the
// CLI sets its language when it starts (cli/cliLocale.ts), whatever order its modules were evaluated in.
import { compareLog as en } from './en/compareLog.ts'
import { locale } from './locale.ts'
import { compareLog as ru } from './ru/compareLog.ts'

/** compareLogStrings: the words of a comparison measured on a log, in the active language. */
export function compareLogStrings(): typeof en {
  return locale() === 'ru' ? ru : en
}
