// Fuzz: the Secret round-trips any policy text byte for byte (hidden characters, odd line ends, non-BMP text);
// reading a Secret (or any text as one) never throws; and parsePolicy never throws on the same inputs.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { corpus, hostileString, mutate } from '../testing/fuzzCorpus.ts'
import { parsePolicy } from './parse.ts'
import { buildSecret } from './secret.ts'
import { readSecret } from './secretRead.ts'

const policyText = fc
  .array(fc.oneof(hostileString, fc.constantFrom('- level: None\n', 'rules:\n', '  users: [', ']\n')), {
    maxLength: 10,
  })
  .map((parts) => 'apiVersion: audit.k8s.io/v1\nkind: Policy\n' + parts.join(''))

/** Text with lone surrogates replaced, as any UTF-8 encoder (and so the Secret) must. */
const wellFormed = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s))

/** readsSafely: reading as a Secret and as a policy never throws, for either target. */
function readsSafely(text: string) {
  const r = readSecret(text)
  expect(r.policyText === null || typeof r.policyText === 'string').toBe(true)
  for (const target of ['kube-apiserver', 'deckhouse'] as const) {
    const p = parsePolicy(text, { target })
    expect(typeof p.loadable).toBe('boolean')
  }
}

describe('secret fuzz', () => {
  it.each(corpus('secret').map((t, i) => [i, t]))('corpus entry %i never throws', (_i, text) =>
    readsSafely(text),
  )

  it('buildSecret → readSecret gives the policy text back, byte for byte', () => {
    fc.assert(
      fc.property(fc.oneof(policyText, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const r = readSecret(buildSecret(text))
        expect(r.policyText).toBe(wellFormed(text))
      }),
      { numRuns: fuzzRuns(600, 40_000), seed: fuzzSeed() },
    )
  })

  it('never throws on generated or damaged Secrets', () => {
    const secretText = fc.oneof(policyText, hostileString).map(buildSecret)
    fc.assert(
      fc.property(fc.oneof(mutate(secretText), hostileString), (text) => readsSafely(text)),
      {
        numRuns: fuzzRuns(400, 30_000),
        seed: fuzzSeed(),
      },
    )
  })
})
