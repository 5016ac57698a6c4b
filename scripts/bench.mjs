// `npm run bench`: builds the app and the CLI, then runs every benchmark in bench/ (each prints a table and
// writes bench-results/<name>.json). `npm run bench -- cli-startup` runs only the named ones; options after the names
// go to each bench run (`npm run bench -- analyzer --shapes metadata`).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ALL = ['cli-startup', 'ui', 'analyzer', 'lint', 'share', 'lighthouse']
const argv = process.argv.slice(2)
const firstOption = argv.findIndex((a) => a.startsWith('-'))
const wanted = firstOption < 0 ? argv : argv.slice(0, firstOption)
const options = firstOption < 0 ? [] : argv.slice(firstOption)
const names = wanted.length > 0 ? wanted : ALL

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

let failed = false
for (const name of names) {
  const file = join(root, 'bench', `${name}.mjs`)
  if (!existsSync(file)) {
    console.log(`\n=== ${name}: no bench/${name}.mjs, skipped`)
    continue
  }
  console.log(`\n=== ${name}`)
  const r = spawnSync(process.execPath, [file, ...options], {
    cwd: root,
    stdio: 'inherit',
  })
  if (r.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
