// `npm start`: installs what is missing, builds the app and serves it on http://localhost:4173.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureDeps } from './ensure-deps.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

ensureDeps()
run('npm', ['run', '--silent', 'build'])
console.log(
  '\nAudit Policy Builder: open http://localhost:4173 (Ctrl+C stops it). Nothing you do there leaves your browser.\n',
)
run('npx', ['vite', 'preview', '--port', '4173', '--strictPort', '--host', '127.0.0.1'])
