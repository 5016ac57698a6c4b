// Every third-party policy in ../shared/fixtures/policies, read in place (never copied into the project).
import { describe, expect, it } from 'vitest'
import { main } from '../cli/main.ts'
import { memoryIo } from '../testing/io.ts'
import { fixturePolicies, hasSharedFixtures, needsShared } from '../testing/shared.ts'
import { parsePolicy, serializePolicy } from './index.ts'

/** What the fixtures README says about each file; anything not listed loads cleanly everywhere. */
const EXPECT: Record<string, { kubeWarnings?: string[]; dkpFails?: RegExp; dkpWarns?: RegExp }> = {
  'openshift-allrequestbodies.yaml': {
    kubeWarnings: ['unknown field "rules[2].resources[4].resource"'],
    dkpFails: /json: unknown field "resource"/,
  },
  'openshift-default.yaml': { dkpWarns: /omitManagedFields/ },
}

/** kubectlSecretValue is what `kubectl create secret generic --from-file` stores: standard base64 of the bytes. */
const kubectlSecretValue = (text: string) => Buffer.from(text, 'utf8').toString('base64')

const present = hasSharedFixtures()
describe.skipIf(!present)(needsShared('fixture policies', present), () => {
  const fixtures = fixturePolicies()
  it('are all there', () => expect(fixtures.length).toBeGreaterThanOrEqual(8))

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, f) => {
    const want = EXPECT[name] ?? {}
    it('loads in kube-apiserver (with the warnings the README notes)', () => {
      const r = parsePolicy(f.text)
      expect(r.failure).toBeUndefined()
      expect(r.loadable).toBe(true)
      expect(r.warnings).toEqual(want.kubeWarnings ?? [])
    })
    it('is read by DKP as the README notes', () => {
      const r = parsePolicy(f.text, { target: 'deckhouse' })
      if (want.dkpFails) {
        expect(r.loadable).toBe(false)
        expect(r.failure).toMatch(want.dkpFails)
      } else expect(r.loadable).toBe(true)
      if (want.dkpWarns)
        expect(r.diagnostics.some((d) => d.severity === 'warning' && want.dkpWarns!.test(d.message))).toBe(
          true,
        )
    })
    it('round-trips through the canonical text', () => {
      const p = parsePolicy(f.text).policy!
      const canonical = serializePolicy(p)
      expect(parsePolicy(canonical).policy).toEqual(p)
    })
    it('`secret` prints a Secret that decodes to the canonical text, base64 as kubectl writes it', async () => {
      const io = memoryIo({ files: { [f.path]: f.text } })
      expect(await main(['secret', f.path], io)).toBe(0)
      const canonical = serializePolicy(parsePolicy(f.text).policy!)
      const value = /^ {2}audit-policy\.yaml: (.+)$/m.exec(io.out())![1]!
      expect(value).toBe(kubectlSecretValue(canonical))
      expect(Buffer.from(value, 'base64').toString('utf8')).toBe(canonical)
    })
  })
})
