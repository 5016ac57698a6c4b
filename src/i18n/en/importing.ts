// Strings of what an import brings in and what it cannot keep (policy/importLosses.ts). Part of `en` (en.ts),
// under the key `importing`.
import type { ImportLoss } from '../../policy/importLosses.ts'
import { formatNumber } from '../format.ts'

/** The first few items of a list, and how many more. */
function some(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ')
  return items.length > shown ? `${head} and ${formatNumber(items.length - shown)} more` : head
}

export const importing = {
  notKeptTitle: 'Not kept',
  loss: (l: ImportLoss): string => {
    switch (l.code) {
      case 'secretEnvelope':
        return l.extras.length === 0
          ? 'The Secret itself: only its audit-policy.yaml comes in; the Secret tab writes a new one.'
          : `The Secret itself: only its audit-policy.yaml comes in (not ${some(l.extras)}); the Secret tab writes a new one.`
      case 'otherDocuments':
        return `Other documents of the file: ${some(l.documents)}.`
      case 'moduleConfigOther':
        return `ModuleConfig settings other than the audit ones: ${some(l.paths)}.`
      case 'rewrittenOnEdit':
        return l.format === 'json'
          ? 'The JSON form: the text comes in as it is, and the first form edit writes it as YAML.'
          : 'The flow style ({…}): the text comes in as it is, and the first form edit writes it as block YAML.'
    }
  },
}
