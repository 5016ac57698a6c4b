// The `lint` contract other checks rely on: exit 1 on an error or warning, 0 otherwise, 2 on usage/IO errors;
// --json prints {"findings": [{id, severity, rule, message}]} with rule 0-based in the user's policy.
import { describe, expect, it } from 'vitest'
import { memoryIo } from '../testing/io.ts'
import { main } from './main.ts'

const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n'
/** The DKP docs' example 2: rule 2 never fires (every service account is also system:authenticated). */
const EXAMPLE_2 = `${HEAD}omitStages: [RequestReceived]\nrules:\n- level: Metadata\n  userGroups: ["system:authenticated"]\n- level: None\n  userGroups: ["system:serviceaccounts"]\n`
const CLEAN = `${HEAD}omitStages: [RequestReceived]\nrules:\n- level: None\n  userGroups: ["system:serviceaccounts"]\n- level: Metadata\n`
const NOTES_ONLY = `${HEAD}rules:\n- level: Metadata\n  verbs: [create]\n`
const STAR = `${HEAD}omitStages: [RequestReceived]\nrules:\n- level: Metadata\n  resources: [{group: "*", resources: ["*/status"]}]\n`

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIo({ files })
  const code = await main(args, io)
  return { code, out: io.out(), err: io.err() }
}

const findings = (out: string) =>
  (JSON.parse(out) as { findings: { id: string; severity: string; rule: number | null; message: string }[] })
    .findings

describe('lint', () => {
  it('exits 1 with the never-fires-in-practice warning on rule index 1 (--json)', async () => {
    const r = await run(['lint', 'p.yaml', '--json'], { 'p.yaml': EXAMPLE_2 })
    expect(r.code).toBe(1)
    const f = findings(r.out).find((x) => x.id === 'never-fires-in-practice')
    expect(f).toMatchObject({ severity: 'warning', rule: 1 })
    expect(Object.keys(f!).sort()).toEqual(['id', 'message', 'rule', 'severity'])
  })
  it('exits 0 when there is nothing but notes, and says them as "note"', async () => {
    const r = await run(['lint', 'p.yaml', '--json'], { 'p.yaml': NOTES_ONLY })
    expect(r.code).toBe(0)
    expect(findings(r.out).map((f) => f.severity)).toEqual(expect.arrayContaining(['note']))
    expect(findings(r.out).every((f) => f.severity === 'note')).toBe(true)
  })
  it('exits 0 and prints no findings for a clean policy', async () => {
    const r = await run(['lint', 'p.yaml'], { 'p.yaml': CLEAN })
    expect(r).toEqual({ code: 0, out: 'p.yaml: no findings\n', err: '' })
  })
  it('group "*" on Deckhouse (default 1.34) is an error from kube-apiserver, rule 0', async () => {
    const r = await run(['lint', 'p.yaml', '--target', 'deckhouse', '--json'], { 'p.yaml': STAR })
    expect(r.code).toBe(1)
    expect(findings(r.out)[0]).toMatchObject({ id: 'kube-apiserver/Invalid', severity: 'error', rule: 0 })
    expect(findings(r.out)[0]!.message).toContain(
      'DKP accepts the Secret, then kube-apiserver fails to start',
    )
  })
  it('--kubernetes-version 1.36 loads it and warns that 1.35 would not', async () => {
    const r = await run(['lint', 'p.yaml', '--kubernetes-version', '1.36', '--json'], { 'p.yaml': STAR })
    expect(r.code).toBe(1)
    expect(findings(r.out).map((f) => [f.id, f.severity])).toContainEqual(['version-rollback', 'warning'])
    expect(findings(r.out).some((f) => f.severity === 'error')).toBe(false)
  })
  it('text output names file:line:col, the severity and the id', async () => {
    const r = await run(['lint', 'p.yaml'], { 'p.yaml': EXAMPLE_2 })
    expect(r.out).toMatch(
      /^p\.yaml: warning: Rule 2 never fires in practice: .* \[never-fires-in-practice\]$/m,
    )
  })
  it.each([
    ['no file', ['lint']],
    ['two files', ['lint', 'a.yaml', 'b.yaml']],
    ['a missing file', ['lint', 'missing.yaml']],
    ['an unknown version', ['lint', 'p.yaml', '--kubernetes-version', '1.12']],
    ['an unknown target', ['lint', 'p.yaml', '--target', 'k3s']],
  ])('exits 2 on usage or IO errors: %s', async (_n, args) => {
    const r = await run(args, { 'p.yaml': CLEAN })
    expect(r.code).toBe(2)
    expect(r.err).not.toBe('')
  })
})

describe('--kubernetes-version on the other commands that read a policy', () => {
  it.each([
    ['validate', ['validate', 'p.yaml', '--kubernetes-version', '1.35'], 1],
    ['validate (1.36)', ['validate', 'p.yaml', '--kubernetes-version', '1.36'], 0],
    ['secret', ['secret', 'p.yaml', '--kubernetes-version', '1.35'], 1],
    ['effective', ['effective', 'p.yaml', '--kubernetes-version', '1.33'], 1],
    ['effective (1.36)', ['effective', 'p.yaml', '--kubernetes-version', '1.36'], 0],
    ['eval', ['eval', 'p.yaml', '--request', '{}', '--kubernetes-version', '1.29'], 1],
  ])('%s', async (_n, args, code) => {
    const r = await run(args as string[], { 'p.yaml': STAR })
    expect(r.code).toBe(code)
  })
})
