// The CLI's sentences in the active language, read at each call: the CLI sets the language from its environment
// (cli/cliLocale.ts) when it starts, whatever order its modules were evaluated in.
import { cli as en } from './en/cli.ts'
import { locale } from './locale.ts'
import { cli as ru } from './ru/cli.ts'

/** cliStrings: the CLI's own sentences in the active language. */
export function cliStrings(): typeof en {
  return locale() === 'ru' ? ru : en
}
