#!/usr/bin/env node
// The installed `audit-policy` command: the bundle built by `npm run build:cli` (run on install by `prepare`).
import { existsSync } from 'node:fs'

const bundle = new URL('../dist-cli/audit-policy.mjs', import.meta.url)
if (!existsSync(bundle)) {
  process.stderr.write(
    'audit-policy: the CLI is not built yet; run `npm run build:cli` in the project first\n',
  )
  process.exit(2)
}
await import(bundle.href)
