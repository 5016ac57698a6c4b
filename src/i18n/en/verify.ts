// Strings of "Know it is right": the Problems panel, the export guard, the request simulator and the
// effective-policy view. Part of `en` (en.ts), under the key `verify`.

import { countOf, formatNumber } from '../format.ts'

const plural = (n: number, one: string, other: string) => countOf(n, { one, other })

/** The ways an error stops the policy from working, each with its own warning. */
export type BlockKind = 'kube-apiserver' | 'dkp-secret' | 'dkp-then-kube' | 'dkp-moduleconfig'

export const verify = {
  guard: {
    title: {
      'kube-apiserver': 'kube-apiserver will not start with this policy',
      'dkp-secret': 'DKP will refuse this Secret',
      'dkp-then-kube': 'DKP will accept this Secret, then kube-apiserver will not start on any master',
      'dkp-moduleconfig': 'DKP will refuse this ModuleConfig',
    } satisfies Record<BlockKind, string>,
    status: (n: number, kind: BlockKind) =>
      `${plural(n, 'error', 'errors')}: ${kind === 'dkp-moduleconfig' ? 'DKP will refuse it' : kind === 'dkp-secret' ? 'DKP will refuse the Secret' : 'kube-apiserver will not start'}. Copy and Download ask first.`,
    more: (n: number) => ` (and ${plural(n, 'more error', 'more errors')})`,
    copyQuestion: 'Copy anyway?',
    downloadQuestion: 'Download anyway?',
    copyAnyway: 'Copy anyway',
    downloadAnyway: 'Download anyway',
    cancel: 'Cancel',
  },
  tools: {
    problems: 'Problems',
    simulator: 'Test a request',
    effective: 'Effective policy',
  },
  problems: {
    badge: (errors: number, warnings: number) =>
      [
        errors > 0 ? plural(errors, 'error', 'errors') : '',
        warnings > 0 ? plural(warnings, 'warning', 'warnings') : '',
      ]
        .filter(Boolean)
        .map((s) => `, ${s}`)
        .join(''),
    counts: (errors: number, warnings: number, notes: number) =>
      `${plural(errors, 'error', 'errors')} · ${plural(warnings, 'warning', 'warnings')} · ${plural(notes, 'note', 'notes')}`,
    listLabel: 'Problems',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    blocks: {
      'kube-apiserver': 'kube-apiserver will not start',
      'dkp-secret': 'DKP refuses the Secret',
      'dkp-then-kube': 'DKP accepts it, kube-apiserver will not start',
      'dkp-moduleconfig': 'DKP refuses the ModuleConfig',
    } satisfies Record<BlockKind, string>,
    none: {
      'kube-apiserver': 'No problems: kube-apiserver will load this policy.',
      deckhouse: 'No problems: DKP will accept the Secret and kube-apiserver will load the policy.',
    },
    applyFix: 'Apply fix',
    applyFixNamed: (description: string) => `Apply fix: ${description}`,
    fixed: (description: string) => `Fixed: ${description}`,
    undoFix: 'Undo',
    showInYaml: 'Show in YAML',
    inText: (line: number, column: number) => `Policy YAML, line ${line}, column ${column}`,
    showAll: (n: number) => `Show all ${formatNumber(n)}`,
    place: {
      rules: 'Rules',
      policy: 'Policy settings',
      moduleConfig: 'ModuleConfig',
      item: (n: number) => `item ${n}`,
    },
  },
  simulator: {
    mark: {
      matched: 'Matches the test request',
      skipped: (reason: string) => `Test request passes over this rule: ${reason}`,
    },
    /** The end of a long list cut short in a reason: "[a, b, c, d, … 2 more]". */
    listMore: (n: number) => `… ${formatNumber(n)} more`,
    saved: {
      failingBadge: (n: number) => `, ${plural(n, 'saved request fails', 'saved requests fail')}`,
    },
  },
}
