// Test data that lives beside the project in ../shared (conformance vectors, third-party fixtures).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SHARED_DIR = join(PROJECT_ROOT, '..', 'shared')
export const SHARED_FIXTURES = join(SHARED_DIR, 'fixtures')
export const SHARED_CONFORMANCE = join(SHARED_DIR, 'conformance')
/** The project's own copy of the conformance vectors, so a fresh clone tests itself. */
export const CONFORMANCE_COPY = join(PROJECT_ROOT, 'src', 'testdata', 'conformance')

/** hasSharedFixtures tells whether ../shared/fixtures is present (CI always has it). */
export function hasSharedFixtures(): boolean {
  return existsSync(join(SHARED_FIXTURES, 'policies'))
}

/** fixturePolicies lists the third-party policy files, read in place and never copied. */
export function fixturePolicies(): Array<{ name: string; path: string; text: string }> {
  const dir = join(SHARED_FIXTURES, 'policies')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }))
}

/** missingNotice is the one line a checkout without ../shared prints instead of running a suite. */
export function missingNotice(what: string): string {
  return `${what}: ../shared/fixtures is not present in this checkout, so this suite did not run`
}
