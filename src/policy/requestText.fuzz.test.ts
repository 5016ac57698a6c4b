// Fuzz: readRequestText (the simulator's paste) never throws, whatever is pasted, and what it reads is a request.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { corpus, hostileString, mutate } from '../testing/fuzzCorpus.ts'
import { readRequestText } from './requestText.ts'

const who = { user: 'alice', groups: ['system:authenticated'] }

/** wellFormed: the request reader's result is a message, or a request whose fields have the right types. */
function check(text: string) {
  const r = readRequestText(text, who)
  if (!r.ok) {
    expect(typeof r.error.code).toBe('string')
    return
  }
  const q = r.request
  for (const f of ['verb', 'apiGroup', 'resource', 'subresource', 'namespace', 'name', 'path'] as const)
    expect(typeof q[f]).toBe('string')
  expect(typeof q.resourceRequest).toBe('boolean')
  expect(q.user === null || typeof q.user === 'string').toBe(true)
  expect(q.groups.every((g) => typeof g === 'string')).toBe(true)
}

const eventArb = fc
  .record(
    {
      kind: fc.constantFrom('Event', 'EventList', 'Pod', ''),
      verb: fc.oneof(fc.constantFrom('get', 'list', 'create', 'watch'), hostileString),
      requestURI: fc.oneof(
        fc.constantFrom('/', '/api/v1/pods', '/apis/apps/v1/namespaces/x/deployments/y/scale'),
        hostileString,
      ),
      user: fc.oneof(
        fc.record({ username: hostileString, groups: fc.array(fc.jsonValue(), { maxLength: 3 }) }),
        fc.jsonValue(),
      ),
      objectRef: fc.oneof(
        fc.record(
          { resource: hostileString, namespace: hostileString, name: hostileString, apiGroup: hostileString },
          { requiredKeys: [] },
        ),
        fc.jsonValue(),
      ),
      items: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 2 }),
      resourceRequest: fc.jsonValue({ maxDepth: 0 }),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o))

const textArb = fc.oneof(
  { weight: 3, arbitrary: eventArb },
  { weight: 2, arbitrary: mutate(eventArb) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 6 }) },
  { weight: 1, arbitrary: hostileString.map((s) => `${['GET', 'post', 'DELETE'][s.length % 3]} /${s}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('[', '{"a":', '{"kind":"EventList","items":['),
        fc.integer({ min: 900, max: 1100 }),
      )
      .map(([open, n]) => open.repeat(n)),
  },
)

describe('readRequestText fuzz', () => {
  it.each(corpus('request-text').map((t, i) => [i, t]))('corpus entry %i never throws', (_i, text) => {
    check(text)
  })

  it('never throws on generated pastes', () => {
    fc.assert(
      fc.property(textArb, (text) => check(text)),
      {
        numRuns: fuzzRuns(1500, 60_000),
        seed: fuzzSeed(),
      },
    )
  })
})
