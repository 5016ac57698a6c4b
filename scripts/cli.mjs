// `npm run cli -- <command> ...`: rebuilds the CLI bundle when sources changed, then runs it in this process.
import { BUNDLE, buildCli, isStale } from './build-cli.mjs'

if (isStale()) await buildCli()
await import(BUNDLE)
