// Test data that lives beside the project in ../shared (conformance vectors, third-party fixtures).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** ../shared beside the project; SHARED_DIR=<folder> points elsewhere (e.g. at an empty folder, to see the skips). */
export const SHARED_DIR = process.env.SHARED_DIR
  ? resolve(process.env.SHARED_DIR)
  : join(PROJECT_ROOT, '..', 'shared')
export const SHARED_FIXTURES = join(SHARED_DIR, 'fixtures')
export const SHARED_CONFORMANCE = join(SHARED_DIR, 'conformance')
/** The project's own copy of the conformance vectors, so a fresh clone tests itself. */
export const CONFORMANCE_COPY = join(PROJECT_ROOT, 'src', 'testdata', 'conformance')

/** hasSharedFixtures tells whether ../shared/fixtures is present (CI always has it). */
export function hasSharedFixtures(): boolean {
  return existsSync(join(SHARED_FIXTURES, 'policies'))
}

/** hasSharedConformance tells whether ../shared/conformance (the source of the project's copy) is present. */
export function hasSharedConformance(): boolean {
  return existsSync(SHARED_CONFORMANCE)
}

/** fixturePolicies lists the third-party policy files, read in place and never copied; none when missing. */
export function fixturePolicies(): Array<{ name: string; path: string; text: string }> {
  const dir = join(SHARED_FIXTURES, 'policies')
  if (!hasSharedFixtures()) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }))
}

/** fixturePolicy reads one third-party policy file by name (for a suite that runs only with hasSharedFixtures). */
export function fixturePolicy(name: string): string {
  return readFileSync(join(SHARED_FIXTURES, 'policies', name), 'utf8')
}

/** missingNotice is the one-line reason a test that needs ../shared/<folder> is skipped. */
export function missingNotice(what: string, folder = 'fixtures'): string {
  return `${what}: skipped, ../shared/${folder} is not present in this checkout`
}

/**
 * needsShared names a suite that needs ../shared/<folder>: its own name when `present`, else the one-line
 * reason it is skipped — for `describe.skipIf(!present)(needsShared(…), …)`, so a checkout without ../shared
 * shows the suite as skipped, with the reason, and never as passed or failed.
 */
export function needsShared(name: string, present: boolean, folder = 'fixtures'): string {
  return present ? name : missingNotice(name, folder)
}
