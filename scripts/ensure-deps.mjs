// Installs dependencies (npm ci) when node_modules is missing or older than package-lock.json.
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const mtime = (p) => {
  try {
    return statSync(join(root, p)).mtimeMs
  } catch {
    return 0
  }
}

/** ensureDeps runs `npm ci` unless the installed tree matches the lockfile. */
export function ensureDeps() {
  const installed = mtime('node_modules/.package-lock.json')
  if (installed !== 0 && installed >= mtime('package-lock.json')) return
  console.log('> npm ci (dependencies are missing or out of date)')
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureDeps()
