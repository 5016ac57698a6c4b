// Bundles the CLI (src/cli/bin.ts and the core it uses) into one file that starts fast: dist-cli/audit-policy.mjs.
// With --if-stale it only builds when a source file is newer than the bundle.
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE = join(root, 'dist-cli', 'audit-policy.mjs')
const SOURCES = ['src/cli', 'src/policy', 'src/auditlog', 'src/i18n'].map((d) => join(root, d))

function newestSource() {
  let newest = 0
  const walk = (dir) => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      const p = join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name))
        newest = Math.max(newest, statSync(p).mtimeMs)
    }
  }
  SOURCES.forEach(walk)
  return newest
}

/** isStale tells whether the bundle is missing or older than a source file. */
export function isStale() {
  try {
    return statSync(BUNDLE).mtimeMs < newestSource()
  } catch {
    return true
  }
}

/** buildCli bundles the CLI with esbuild. */
export async function buildCli() {
  const { build } = await import('esbuild')
  await build({
    entryPoints: [join(root, 'src/cli/bin.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    // The ESM build of `yaml` (its "node" export is CommonJS, which cannot load inside an ES module bundle).
    alias: { yaml: join(root, 'node_modules/yaml/browser/index.js') },
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: '// audit-policy CLI, bundled by scripts/build-cli.mjs' },
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale')
  if (!ifStale || isStale()) {
    try {
      await buildCli()
    } catch (e) {
      // On a fresh `npm ci` before dev dependencies exist, `prepare` must not fail the install.
      if (ifStale && e && e.code === 'ERR_MODULE_NOT_FOUND') process.exit(0)
      throw e
    }
  }
}
