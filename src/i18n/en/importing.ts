// Strings of what an import brings in and what it cannot keep (policy/importLosses.ts). Part of `en` (en.ts),
// under the key `importing`.
import type { ImportDescription } from '../../policy/importing.ts'
import type { ImportLoss } from '../../policy/importLosses.ts'
import { countOf, formatMebibytes, formatNumber } from '../format.ts'

/** The first few items of a list, and how many more. */
function some(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ')
  return items.length > shown ? `${head} and ${formatNumber(items.length - shown)} more` : head
}

/** "5 rules, 1 error, 2 warnings" (errors and warnings only when there are any). */
function counted(d: ImportDescription): string {
  const parts = [countOf(d.rules, { one: 'rule', other: 'rules' })]
  if (d.errors > 0) parts.push(countOf(d.errors, { one: 'error', other: 'errors' }))
  if (d.warnings > 0) parts.push(countOf(d.warnings, { one: 'warning', other: 'warnings' }))
  return parts.join(', ')
}

export const importing = {
  /** The one line of what a text brings in, e.g. "Secret kube-system/audit-policy: 5 rules". */
  summary: (d: ImportDescription): string => {
    switch (d.kind) {
      case 'too-large':
        return `${formatMebibytes(d.bytes ?? 0, 1)}: too large`
      case 'binary':
        return 'not text'
      case 'empty':
        return 'empty'
      case 'moduleconfig':
        return 'ModuleConfig control-plane-manager: its audit settings only'
      case 'policy':
        return `Policy: ${counted(d)}`
      case 'secret': {
        const where = d.secret
          ? `Secret ${d.secret.namespace || '(no namespace)'}/${d.secret.name}`
          : 'Secret'
        return `${where}${d.hasPolicy ? `: ${counted(d)}` : ': no policy in it'}${d.withSettings ? ', with ModuleConfig settings' : ''}`
      }
    }
  },
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
