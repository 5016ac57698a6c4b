// Lint speed on a 300-rule policy, for both targets (`npm run bench -- lint`). The UI lints on every edit:
// a run should stay well under 200 ms. Measured here, not asserted in a unit test (timings are not tests).
import { bench, describe } from 'vitest'
import { lintPolicy } from '../policy/lint.ts'
import type { LintOptions } from '../policy/lint.ts'
import type { PolicyRule } from '../policy/types.ts'

const levels = ['None', 'Metadata', 'Request', 'RequestResponse']
const kinds = [
  ['pods'],
  ['secrets'],
  ['configmaps', 'pods/log'],
  ['deployments'],
  ['*'],
  ['pods/*'],
  ['services'],
]
const rules: PolicyRule[] = Array.from({ length: 300 }, (_, i) => ({
  level: levels[(i * 7) % 4]!,
  ...(i % 3 === 0 ? { users: [`alice-${i}`] } : { userGroups: [`team-${i % 37}`] }),
  ...(i % 2 === 0 ? { verbs: [['get', 'list'], ['create', 'update'], ['watch']][i % 3]! } : {}),
  ...(i % 10 === 9
    ? { nonResourceURLs: [`/apis/team-${i}*`] }
    : {
        resources: [{ group: i % 7 === 3 ? 'apps' : '', resources: kinds[i % 7]! }],
        namespaces: [`team-${i % 37}`],
      }),
}))

const TARGETS: [string, LintOptions][] = [
  ['kube-apiserver', { target: 'kube-apiserver' }],
  ['deckhouse', { target: 'deckhouse', dkp: { basicAuditPolicyEnabled: true } }],
]

describe('lintPolicy, 300 rules', () => {
  for (const [name, options] of TARGETS) bench(name, () => void lintPolicy({ rules }, options))
})
