import { describe, expect, it } from 'vitest'
import { highlightLine } from './highlightYaml.ts'

const kinds = (line: string) =>
  highlightLine(line)
    .filter((t) => t.text.trim() !== '')
    .map((t) => [t.kind, t.text])

describe('highlightYaml (the text shown before Monaco loads)', () => {
  it('colours keys, values, sequence dashes and comments as Monaco does', () => {
    expect(kinds('apiVersion: audit.k8s.io/v1')).toEqual([
      ['type', 'apiVersion'],
      ['operator', ':'],
      ['string', 'audit.k8s.io/v1'],
    ])
    expect(kinds('  - level: Metadata # why')).toEqual([
      ['operator', '-'],
      ['type', 'level'],
      ['operator', ':'],
      ['string', 'Metadata'],
      ['comment', '# why'],
    ])
    expect(kinds('  # Nobody reads Secrets unnoticed')).toEqual([
      ['comment', '# Nobody reads Secrets unnoticed'],
    ])
  })

  it('colours flow sequences, quoted strings, numbers and keywords', () => {
    expect(kinds('omitStages: ["RequestReceived", \'Panic\']')).toEqual([
      ['type', 'omitStages'],
      ['operator', ':'],
      ['plain', '['],
      ['string', '"RequestReceived"'],
      ['plain', ','],
      ['string', "'Panic'"],
      ['plain', ']'],
    ])
    expect(kinds('omitManagedFields: true')).toContainEqual(['keyword', 'true'])
    expect(kinds('version: 1')).toContainEqual(['number', '1'])
    expect(kinds('  - "a#b: c"')).toEqual([
      ['operator', '-'],
      ['string', '"a#b: c"'],
    ])
    expect(kinds('url: http://x/#y')).toEqual([
      ['type', 'url'],
      ['operator', ':'],
      ['string', 'http://x/#y'],
    ])
  })
})
