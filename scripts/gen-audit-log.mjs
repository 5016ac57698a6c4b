// Writes a synthetic audit log (src/testing/auditlog/generate.ts): deterministic, same seed and size, same bytes.
//   node scripts/gen-audit-log.mjs [--seed N] [--size-mb N | --events N] [--shape bodies|metadata] [--gzip] [--out FILE]
//   (stdout without --out)
import { createWriteStream } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createGzip } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** loadGenerator bundles the TypeScript generator with esbuild and imports it (it has no imports of its own). */
export async function loadGenerator() {
  const { build } = await import('esbuild')
  const out = await build({
    entryPoints: [join(root, 'src/testing/auditlog/generate.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    logLevel: 'warning',
  })
  const code = out.outputFiles[0].text
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}

/** writeLog streams the generated log to `out` (a path, or stdout when undefined); resolves to the bytes written. */
export async function writeLog({ seed, bytes, events, gzip, out, shape }) {
  const { generateAuditLog } = await loadGenerator()
  const file = out ? createWriteStream(out) : process.stdout
  const sink = gzip ? createGzip() : file
  if (gzip) sink.pipe(file)
  let written = 0
  for (const chunk of generateAuditLog({ seed, bytes, events, shape })) {
    written += chunk.length
    if (!sink.write(chunk)) await new Promise((resolve) => sink.once('drain', resolve))
  }
  await new Promise((resolve, reject) => {
    file.once?.('error', reject)
    if (out) file.once('finish', resolve)
    sink.end(out ? undefined : resolve)
    if (!out && !gzip) resolve()
  })
  return written
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      'size-mb': { type: 'string' },
      events: { type: 'string' },
      gzip: { type: 'boolean', default: false },
      out: { type: 'string' },
      shape: { type: 'string', default: 'bodies' },
    },
  })
  const sizeMb = values['size-mb'] === undefined ? undefined : Number(values['size-mb'])
  const events = values.events === undefined ? undefined : Number(values.events)
  if (sizeMb === undefined && events === undefined) {
    console.error('usage: gen-audit-log.mjs [--seed N] (--size-mb N | --events N) [--gzip] [--out FILE]')
    process.exit(2)
  }
  const written = await writeLog({
    seed: Number(values.seed),
    bytes: sizeMb === undefined ? undefined : sizeMb * 1024 * 1024,
    events,
    gzip: values.gzip,
    out: values.out,
    shape: values.shape,
  })
  if (values.out)
    console.error(`${values.out}: ${written} bytes of JSON lines${values.gzip ? ' (gzip)' : ''}`)
}
