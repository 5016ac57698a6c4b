import { describe, expect, it } from 'vitest'
import { serializePolicy } from '../policy/serialize.ts'
import { aPolicy, aRule } from '../testing/builders.ts'
import { runReadTask, type DraftReading, type ImportReadResult } from './readerTasks.ts'
import { MAX_RULES } from './storedWork.ts'
import { BIG_TEXT } from './textSync.ts'

/** A big policy text (over BIG_TEXT) of `n` rules. */
function bigPolicy(n: number): string {
  const text = serializePolicy(aPolicy(Array.from({ length: n }, (_, i) => aRule({ users: [`user-${i}`] }))))
  expect(text.length).toBeGreaterThanOrEqual(BIG_TEXT)
  return text
}

describe('runReadTask: where the rules of a big text sit is worked out only for a text the page can take', () => {
  const within = bigPolicy(MAX_RULES)
  const over = bigPolicy(MAX_RULES + 1)

  it('the editor text: laid out within MAX_RULES, not over it (the page refuses it)', () => {
    const ok = runReadTask({
      op: 'draft',
      text: within,
      target: 'deckhouse',
      paths: [],
      layout: true,
    }) as DraftReading
    expect(ok.parse.policy?.rules).toHaveLength(MAX_RULES)
    expect(ok.keptLayout?.layout).toBeTruthy()
    const refused = runReadTask({
      op: 'draft',
      text: over,
      target: 'deckhouse',
      paths: [],
      layout: true,
    }) as DraftReading
    expect(refused.parse.policy?.rules).toHaveLength(MAX_RULES + 1)
    expect(refused.keptLayout).toBeUndefined()
  })

  it('an import: laid out within MAX_RULES, not over it', () => {
    const ok = runReadTask({ op: 'import', text: within, target: 'kube-apiserver' }) as ImportReadResult
    expect(ok.keptLayout).toBeTruthy()
    const refused = runReadTask({ op: 'import', text: over, target: 'kube-apiserver' }) as ImportReadResult
    expect(refused.parse?.policy?.rules).toHaveLength(MAX_RULES + 1)
    expect(refused.keptLayout).toBeUndefined()
  })
})
