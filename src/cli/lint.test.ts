// The `lint` contract other checks rely on: exit 1 on an error or warning, 0 otherwise, 2 on usage/IO errors;
// --json prints {"findings": [{id, severity, rule, message}]} with rule 0-based in the user's policy; a lint
// finding adds its code, params and details (message is its headline, in English in every language).
import { describe, expect, it } from 'vitest'
import { memoryIo } from '../testing/io.ts'
import { main } from './main.ts'

const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n'
/** The DKP docs' example 2: rule 2 never fires (every service account is also system:authenticated). */
const EXAMPLE_2 = `${HEAD}omitStages: [RequestReceived]\nrules:\n- level: Metadata\n  userGroups: ["system:authenticated"]\n- level: None\n  userGroups: ["system:serviceaccounts"]\n`
const CLEAN = `${HEAD}omitStages: [RequestReceived]\nrules:\n- level: None\n  userGroups: ["system:serviceaccounts"]\n- level: Metadata\n`
const NOTES_ONLY = `${HEAD}rules:\n- level: Metadata\n  verbs: [create]\n`
/** A broad RequestResponse rule for pods and secrets: built-in rules decide parts of it. */
const OVERLAPS = `${HEAD}omitStages: [RequestReceived]\nrules:\n- level: RequestResponse\n  verbs: [create, get, list]\n  resources: [{group: "", resources: [pods, secrets]}]\n- level: RequestResponse\n  resources: [{group: "", resources: [pods, secrets]}]\n`
const STAR = `${HEAD}omitStages: [RequestReceived]\nrules:\n- level: Metadata\n  resources: [{group: "*", resources: ["*/status"]}]\n`

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIo({ files })
  const code = await main(args, io)
  return { code, out: io.out(), err: io.err() }
}

type CliFinding = {
  id: string
  severity: string
  rule: number | null
  message: string
  code?: string
  params?: Record<string, unknown>
  details?: string[]
}
const findings = (out: string) => (JSON.parse(out) as { findings: CliFinding[] }).findings

describe('lint', () => {
  it('exits 1 with the never-fires-in-practice warning on rule index 1 (--json)', async () => {
    const r = await run(['lint', 'p.yaml', '--json'], { 'p.yaml': EXAMPLE_2 })
    expect(r.code).toBe(1)
    const f = findings(r.out).find((x) => x.id === 'never-fires-in-practice')
    expect(f).toMatchObject({ severity: 'warning', rule: 1 })
    expect(Object.keys(f!).sort()).toEqual(['code', 'details', 'id', 'message', 'params', 'rule', 'severity'])
    expect(f).toMatchObject({
      code: 'neverFires',
      params: { rule: 1, by: 0, added: ['system:authenticated'] },
      message: 'Rule 2 never fires in practice: rule 1 decides every request a real user can send to it.',
      details: [
        'kube-apiserver adds system:authenticated to every identity rule 2 selects, and rule 1 selects it.',
        'Move rule 2 above rule 1, or narrow rule 1.',
      ],
    })
  })
  it('--json: every message is a headline of at most 140 characters; load findings keep their four keys', async () => {
    const r = await run(['lint', 'p.yaml', '--target', 'deckhouse', '--json'], { 'p.yaml': OVERLAPS })
    const all = findings(r.out)
    expect(all.length).toBeGreaterThan(3)
    for (const f of all) expect(f.message.length, f.message).toBeLessThanOrEqual(140)
    const load = findings(
      (await run(['lint', 'p.yaml', '--target', 'deckhouse', '--json'], { 'p.yaml': STAR })).out,
    )[0]!
    expect(Object.keys(load).sort()).toEqual(['id', 'message', 'rule', 'severity'])
  })
  it('text output: details indented under the headline, each said once per rule, the list as items', async () => {
    const r = await run(['lint', 'p.yaml', '--target', 'deckhouse'], { 'p.yaml': OVERLAPS })
    const own =
      'To log those requests at RequestResponse, you would have to set basicAuditPolicyEnabled: false'
    // Rule 1 overlaps several built-in rules; how to choose their level is said under the first only.
    const rule1 = r.out.slice(0, r.out.indexOf(': Rule 2 '))
    expect(rule1.split(own).length - 1).toBe(1)
    expect(r.out.split(own).length - 1).toBe(2)
    expect(r.out).toMatch(
      /^ {4}- Built-in rule 15 “Every LIST \(catches OOM-causing lists\)”: list requests, logged at Metadata$/m,
    )
    expect(r.out).toMatch(
      /^p\.yaml: note: Rule 1 \(RequestResponse\) overlaps 6 of DKP's built-in rules \(7, 12, 13, 14 and 2 more\): .* \[dkp-overlap\]\n {4}\S/m,
    )
    // One note per rule, however many built-in rules it overlaps.
    expect(r.out.match(/\[dkp-overlap\]$/gm)).toHaveLength(2)
  })
  it('--json: one dkp-overlap entry per user rule, the built-in rules it overlaps listed in its details', async () => {
    const r = await run(['lint', 'p.yaml', '--target', 'deckhouse', '--json'], { 'p.yaml': OVERLAPS })
    const overlaps = findings(r.out).filter((f) => f.id === 'dkp-overlap')
    expect(overlaps.map((f) => [f.rule, f.severity])).toEqual([
      [0, 'note'],
      [1, 'note'],
    ])
    const [first] = overlaps
    expect(first!.message).toBe(
      "Rule 1 (RequestResponse) overlaps 6 of DKP's built-in rules (7, 12, 13, 14 and 2 more): they decide some of its requests first.",
    )
    const listed = first!.details!.filter((d) => d.startsWith('Built-in rule '))
    expect(listed.map((d) => /^Built-in rule (\d+)/.exec(d)![1])).toEqual(['7', '12', '13', '14', '15', '26'])
    expect(first!.details).toContain(
      "Most likely rule 1 is meant for its other verbs: remove list from its verbs (no request's level changes).",
    )
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
