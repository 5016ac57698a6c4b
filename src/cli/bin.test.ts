import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../testing/shared.ts'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n'
const CLI = join(PROJECT_ROOT, 'scripts/cli.mjs')

/** cli runs the real CLI with stdout and stdin on the given file descriptors (or pipes). */
function cli(args: string[], stdio: { stdout?: number; stdin?: number } = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    stdio: [stdio.stdin ?? 'pipe', stdio.stdout ?? 'pipe', 'pipe'],
    // The messages asserted here are the English ones, whatever the machine's language.
    env: { ...process.env, LC_ALL: 'C' },
    timeout: 60_000,
  })
}

describe('the real CLI on hostile files and outputs', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'abp-bin-'))
    writeFileSync(join(dir, 'p.yaml'), POLICY)
  })

  it.skipIf(!existsSync('/dev/full'))(
    'a full disk on stdout is one line on stderr and exit 2, not an empty success (needs /dev/full)',
    () => {
      for (const args of [['secret'], ['effective'], ['validate', '--json']]) {
        const full = openSync('/dev/full', 'w')
        const r = cli([...args, join(dir, 'p.yaml')], { stdout: full })
        closeSync(full)
        expect(r.status, args.join(' ')).toBe(2)
        expect(r.stderr).toMatch(/^audit-policy: cannot write the output \(ENOSPC/)
        expect(r.stderr.trim().split('\n')).toHaveLength(1)
      }
    },
  )

  it('/dev/zero as a policy file stops at the 16 MiB limit', () => {
    const r = cli(['validate', '/dev/zero'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/\/dev\/zero: too large \(reading stopped at the limit, 16 MiB\)/)
  })

  it('/dev/zero on standard input stops at the 16 MiB limit', () => {
    const zero = openSync('/dev/zero', 'r')
    const r = cli(['validate', '-'], { stdin: zero })
    closeSync(zero)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/standard input: more than 16 MiB/)
  })
})

describe.skipIf(!existsSync('/usr/bin/time'))('the real CLI stays under 300 MB (needs /usr/bin/time)', () => {
  /** peak runs the CLI under GNU time and returns its exit code, stderr and peak RSS in MB. */
  function peak(args: string[]) {
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, CLI, ...args], {
      encoding: 'utf8',
      timeout: 120_000,
    })
    const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1])
    return { status: r.status, stderr: r.stderr, mb: kb / 1024 }
  }

  it('a 2 MiB flat YAML sequence is refused with one line, not a heap crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'abp-mem-'))
    writeFileSync(join(dir, 'flat.yaml'), '- a\n'.repeat(512 * 1024))
    const r = peak(['validate', join(dir, 'flat.yaml')])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/needs more than 128 MB of memory to read/)
    expect(r.mb).toBeLessThan(300)
  }, 130_000)

  it("a 2,000-rule policy (the builder's largest) is still read", () => {
    const dir = mkdtempSync(join(tmpdir(), 'abp-mem-'))
    const rule = (i: number) =>
      `- level: RequestResponse\n  users: ["user-${i}"]\n  verbs: [get, list, watch]\n  resources:\n  - group: apps\n    resources: [deployments, statefulsets]\n  namespaces: ["ns-${i}"]\n`
    const text =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n' +
      Array.from({ length: 2000 }, (_, i) => rule(i)).join('')
    writeFileSync(join(dir, 'big.yaml'), text)
    const r = peak(['validate', join(dir, 'big.yaml')])
    expect(r.status, r.stderr).toBe(0)
    expect(r.mb).toBeLessThan(300)
  }, 130_000)
})
