// Entry point of the bundled CLI (dist-cli/audit-policy.mjs); the same file is the script of its parse worker.
import { EXIT_USAGE, nodeIo } from './io.ts'
import { cliStrings } from '../i18n/cli.ts'
import { setActiveLocale } from '../i18n/locale.ts'
import type { ParseOptions } from '../policy/index.ts'
import { cliLocale } from './cliLocale.ts'
import { main } from './main.ts'
import { isParseWorker, parseInWorker, runParseWorker } from './parseWorker.ts'

if (isParseWorker()) runParseWorker()
else {
  // Messages in the language of LC_ALL / LC_MESSAGES / LANG; --json output is the same in every language.
  setActiveLocale(cliLocale(process.env))
  // A closed pipe (`| head`) ends the run quietly, as in every Unix tool; any other write error (a full disk, an
  // I/O error) is said on stderr and fails the run, so that a redirected report is never silently empty.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0)
    process.stderr.write(`audit-policy: ${cliStrings().cannotWrite(e.message)}\n`)
    process.exit(EXIT_USAGE)
  })
  const script = new URL(import.meta.url)
  const io = {
    ...nodeIo(),
    parsePolicy: (text: string, options: ParseOptions, bytes?: Uint8Array) =>
      parseInWorker(script, text, options, bytes),
  }
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code
  })
}
