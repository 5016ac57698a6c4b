// Entry point of the bundled CLI (dist-cli/audit-policy.mjs).
import { EXIT_USAGE } from './io.ts'
import { main } from './main.ts'

// A closed pipe (`| head`) ends the run quietly, as in every Unix tool; any other write error (a full disk, an I/O
// error) is said on stderr and fails the run, so that a redirected report is never silently empty.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
  process.stderr.write(`audit-policy: cannot write the output (${e.message})\n`)
  process.exit(EXIT_USAGE)
})
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
