// The first-visit size budget (`npm test`, after the build): the gzip size of everything the first screen
// fetches, computed from the build output, not timed. The files are dist/index.html, what it links (the icon),
// the entry chunk with every chunk it imports statically (and their CSS), and the chunks the first screen loads
// lazily by itself (FIRST_SCREEN_LAZY, with their static imports and CSS). e2e/first-visit.spec.ts checks in
// Chromium that a fresh visit fetches exactly these files, so the list cannot drift from the app.
// Sizes are node's zlib gzip at its default level, as Vite reports them.
//
//   node scripts/first-visit.mjs          prints the files and the total; exit 1 over the budget
//   node scripts/first-visit.mjs --json   the same as JSON: {files: [{file, gzip}], gzip, budget}
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

/** Issue 16: a first visit transfers at most 300 KB gzip in all. */
export const BUDGET_KB = 300

/**
 * The modules the first screen imports lazily by itself, without any input (their keys in Vite's manifest).
 * Everything else lazy (Monaco, dialogs, the other tabs and tools) loads on a user's action.
 */
export const FIRST_SCREEN_LAZY = ['src/features/problems/ProblemsPanel.tsx']

/** firstVisitFiles lists the dist/ files a first visit fetches, each with its gzip size in bytes. */
export function firstVisitFiles() {
  const manifestPath = join(dist, '.vite', 'manifest.json')
  if (!existsSync(manifestPath))
    throw new Error('dist/.vite/manifest.json is missing: run `npm run build` first.')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const files = new Set(['index.html'])
  // What index.html links besides scripts (the icon); its scripts are the entry chunk and its imports.
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  for (const m of html.matchAll(/<link[^>]*rel="icon"[^>]*href="\.?\/?([^"]+)"/g)) files.add(m[1])
  const seen = new Set()
  const add = (key) => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`${key} is not in the build's manifest: update FIRST_SCREEN_LAZY`)
    seen.add(key)
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const dep of chunk.imports ?? []) add(dep)
  }
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry)
  for (const [key] of entries) add(key)
  for (const key of FIRST_SCREEN_LAZY) add(key)
  return [...files].sort().map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file))).length }))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = firstVisitFiles()
  const gzip = files.reduce((s, f) => s + f.gzip, 0)
  const kb = (n) => (n / 1024).toFixed(1)
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files, gzip, budget: BUDGET_KB * 1024 }))
  } else {
    for (const f of [...files].sort((a, b) => b.gzip - a.gzip))
      console.log(`  ${kb(f.gzip).padStart(7)} KB  ${f.file}`)
    console.log(`first visit: ${kb(gzip)} KB gzip in ${files.length} files (budget ≤ ${BUDGET_KB} KB)`)
  }
  if (gzip > BUDGET_KB * 1024) {
    console.error(`✗ the first visit is ${kb(gzip)} KB gzip, over its budget of ${BUDGET_KB} KB`)
    process.exit(1)
  }
}
