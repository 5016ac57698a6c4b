// Entry point of the bundled CLI (dist-cli/audit-policy.mjs).
import { main } from './main.ts'

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0)
})
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
