// Share link length: for each bundled preset and each policy in ../shared/fixtures/policies, our link fragment
// (`#share=v2.…`, made by src/state/share.ts's encodeShare) against Kyverno Playground's lz-string link
// (compressToEncodedURIComponent) of the same text: the canonical text of the policy the link holds
// (serializePolicy). Prints a table with the ratio (ours / theirs, lower is better) and the median ratio, and
// writes bench-results/share.json. The TypeScript sources are loaded through tsx.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import lz from 'lz-string'
import { tsImport } from 'tsx/esm/api'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const here = import.meta.url
const { encodeShare, shareFragment } = await tsImport('../src/state/share.ts', here)
const { createDocument } = await tsImport('../src/state/document.ts', here)
const { PRESETS } = await tsImport('../src/policy/presets.ts', here)
const { parsePolicy } = await tsImport('../src/policy/parse.ts', here)
const { serializePolicy } = await tsImport('../src/policy/serialize.ts', here)

/** The policies to measure: the presets, then the fixture files read in place (never copied). */
const sources = PRESETS.map((p) => ({ name: `preset ${p.id}`, policy: p.policy }))
const fixtures = join(root, '..', 'shared', 'fixtures', 'policies')
let fixturesNote = null
if (existsSync(fixtures)) {
  for (const file of readdirSync(fixtures)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const parsed = parsePolicy(readFileSync(join(fixtures, file), 'utf8'))
    if (parsed.policy) sources.push({ name: file, policy: parsed.policy })
    else console.log(`(${file} does not read as a policy: skipped)`)
  }
} else {
  fixturesNote = '../shared/fixtures/policies is not present in this checkout: only the presets were measured'
  console.log(`(${fixturesNote})`)
}

const rows = []
for (const { name, policy } of sources) {
  const doc = createDocument(policy)
  const canonical = serializePolicy(doc.policy)
  const ours = shareFragment(await encodeShare(doc)).length
  const theirs = lz.compressToEncodedURIComponent(canonical).length
  rows.push({ name, textChars: canonical.length, ours, lzString: theirs, ratio: +(ours / theirs).toFixed(3) })
}

const ratios = rows.map((r) => r.ratio).sort((a, b) => a - b)
const mid = Math.floor(ratios.length / 2)
const median = ratios.length % 2 === 1 ? ratios[mid] : +((ratios[mid - 1] + ratios[mid]) / 2).toFixed(3)

const width = Math.max(...rows.map((r) => r.name.length), 6)
console.log('Share link length: our fragment vs lz-string (Kyverno Playground) of the same canonical text')
console.log(
  `  ${'policy'.padEnd(width)}  ${'text'.padStart(7)}  ${'ours'.padStart(6)}  ${'lz'.padStart(6)}  ratio`,
)
for (const r of rows)
  console.log(
    `  ${r.name.padEnd(width)}  ${String(r.textChars).padStart(7)}  ${String(r.ours).padStart(6)}  ${String(r.lzString).padStart(6)}  ${r.ratio.toFixed(3)}`,
  )
console.log(
  `  median ratio ${median.toFixed(3)} over ${rows.length} policies (lower is shorter than lz-string)`,
)

const results = join(root, 'bench-results')
mkdirSync(results, { recursive: true })
const summary = { rows, medianRatio: median, shorterEverywhere: rows.every((r) => r.ours < r.lzString) }
if (fixturesNote) summary.note = fixturesNote
writeFileSync(join(results, 'share.json'), JSON.stringify(summary, null, 2) + '\n')
// The goal (issue 4): links shorter than lz-string's for the same text.
console.log(`  shorter than lz-string for every policy: ${summary.shorterEverywhere ? 'PASS' : 'FAIL'}`)
if (!summary.shorterEverywhere) process.exitCode = 1
