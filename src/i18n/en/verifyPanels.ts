// Strings of the "Test a request" and "Effective policy" panels, loaded with them (../verify.ts merges them
// into `t`); the first screen has only what the rule cards and the tab badge show (verify.ts).
import { countOf, formatNumber, pluralForm } from '../format.ts'

export const simulatorPanel = {
  resultLabel: 'Test result',
  level: 'Level',
  logged: 'logged',
  notLogged: 'not logged',
  showRule: (n: number) => `Show rule ${n}`,
  againstKube: (n: number) =>
    `Checked against your policy as kube-apiserver runs it (${countOf(n, { one: 'rule', other: 'rules' })}).`,
  againstDkp: (n: number, yours: number) =>
    `Checked against the effective DKP policy: ${countOf(n, { one: 'rule', other: 'rules' })}, ${yours} of them yours, between DKP’s built-in ones.`,
  verdict: {
    notAudited:
      'Nothing is audited: with basicAuditPolicyEnabled false and no rules of yours, DKP leaves the audit flags out.',
    noMatch: 'No rule matches this request, so it is not audited.',
    user: (n: number, level: string, dkp: boolean) =>
      (level === 'None'
        ? `Your rule ${n} is the first rule that matches, and its level is None: the request is not audited.`
        : `Your rule ${n} is the first rule that matches: logged at ${level}.`) +
      (dkp ? ' None of DKP’s built-in rules before it matched.' : ''),
    builtinHead: (n: number, title: string, level: string) =>
      level === 'None'
        ? `DKP built-in rule ${n} (${title}) matches before any of your rules is checked, and drops it. A rule of yours cannot change that; only basicAuditPolicyEnabled: false can.`
        : `DKP built-in rule ${n} (${title}) matches before any of your rules is checked: ${level}. A rule of yours cannot change that level.`,
    builtinTail: (n: number, title: string, level: string) =>
      level === 'None'
        ? `Not logged: no built-in rule and none of your rules covers this authenticated request, so DKP built-in rule ${n} (${title}) drops it. Add a rule to log it.`
        : `None of the rules before it matched, so DKP built-in rule ${n} (${title}) logs it at ${level}.`,
  },
  alsoMatched: (names: readonly string[]) =>
    `Also matches, but comes later and does not decide: ${names.join(', ')}.`,
  userRulesIgnored:
    'auditPolicyEnabled is false in the ModuleConfig: DKP ignores the Secret and runs only its built-in rules.',
  stages: (stages: readonly string[]) =>
    stages.length === 0 ? 'Every stage is written.' : `Omitted stages: ${stages.join(', ')}.`,
  managedFields: (omit: boolean): string =>
    omit ? 'managedFields are left out of bodies.' : 'managedFields are kept in bodies.',
  noUser: '(no user)',
  inNamespace: (ns: string) => ` in ${ns}`,
  quickPicks: {
    label: 'Quick picks:',
    items: {
      getPods: 'kubectl get pods',
      exec: 'kubectl exec',
      execWebSocket: 'kubectl exec over WebSocket (kubectl 1.30+, GET)',
      serviceAccount: 'Service account reads a Secret',
      anonymous: 'Anonymous request',
      healthz: '/healthz',
    },
  },
  paste: {
    label: 'Paste an audit event or a method and URL',
    placeholder:
      '{"kind":"Event","verb":"get","requestURI":"/api/v1/…",…}  or  GET /api/v1/namespaces/default/pods',
    help: 'One JSON line from audit.log fills every field; "GET /healthz" keeps the user and groups.',
    fill: 'Fill the form',
    filled: {
      event: 'Filled from the audit event.',
      attributes: 'Filled from the request attributes.',
      http: 'Filled from the method and URL (user and groups kept).',
    },
    errors: {
      empty: 'paste an audit event (one JSON line) or a method and URL',
      'not-json': 'this is not valid JSON: paste one audit event per line',
      'not-object': 'expected a JSON object (one audit event)',
      'not-event': 'not an audit event: it needs at least "verb" and "requestURI"',
      'nested-list': 'an EventList inside an EventList is not an audit event',
      'empty-list': 'the EventList has no events',
      'not-request': 'expected an audit event (JSON) or a method and URL, such as GET /healthz',
      'too-deep': (depth: number) => `this JSON is nested deeper than ${depth} levels: not an audit event`,
    },
  },
  fields: {
    user: 'User',
    userHelp: 'The authenticated (impersonating) user name.',
    noUser: 'No user (authentication failed)',
    groups: 'Groups',
    groupsHelp: 'The user’s groups, e.g. system:authenticated.',
    groupsNoUser: 'A request without a user has no groups.',
    addedGroups: (groups: readonly string[]) =>
      `Added by kube-apiserver for this user: ${groups.join(', ')} (remove one to try an identity the API server never produces).`,
    kind: 'Request kind',
    resourceRequest: 'Resource',
    nonResourceRequest: 'Non-resource URL',
    verb: 'Verb',
    verbHelp: 'get, list, watch, create, update, patch, delete, …',
    verbUrlHelp: 'The lower-case HTTP method: get, post, put, …',
    apiGroup: 'API group',
    apiGroupHelp: 'Empty is the core group.',
    resource: 'Resource',
    subresource: 'Subresource',
    namespace: 'Namespace',
    namespaceHelp: 'Empty for a cluster-scoped request.',
    name: 'Name',
    nameHelp: 'Empty for list, watch and create.',
    path: 'Path',
    pathHelp: 'e.g. /healthz, /metrics, /version',
  },
  trace: {
    heading: 'Why not an earlier rule',
    none: 'The first rule decides: no rule comes before it.',
    rule: (n: number) => `Rule ${n}`,
    yourRule: (n: number) => `Your rule ${n}`,
    builtin: (n: number, title: string) => `DKP built-in rule ${n} (${title})`,
    headFolded: (n: number) => `DKP built-in rules 1–${n}: none of them matches.`,
    showWhy: 'Show why',
    hideWhy: 'Hide',
    showAll: (n: number) => `Show all ${n}`,
  },
  saved: {
    heading: 'Saved test requests',
    name: 'Name (optional)',
    save: (level: string) => `Save with expected level ${level}`,
    empty:
      'Save requests with the level they should get: every edit re-checks them, and a changed level shows here in red.',
    summary: (pass: number, fail: number) =>
      fail === 0
        ? `All ${countOf(pass, { one: 'request passes', other: 'requests pass' })}.`
        : `${countOf(fail, { one: 'request fails', other: 'requests fail' })}, ${formatNumber(pass)} ${pluralForm(pass, { one: 'passes', other: 'pass' })}.`,
    columns: {
      request: 'Request',
      expected: 'Expected',
      actual: 'Gets now',
      result: 'Result',
      actions: 'Actions',
    },
    expectedFor: (name: string) => `Expected level for ${name}`,
    pass: 'Pass',
    fail: (expected: string, actual: string) => `Fails: expected ${expected}, gets ${actual}`,
    load: 'Load',
    loadNamed: (name: string) => `Load ${name}`,
    remove: 'Remove',
    removeNamed: (name: string) => `Remove ${name}`,
  },
}

export const effective = {
  dkpOnly:
    'The effective policy is a Deckhouse view: on DKP your rules run between DKP’s built-in rules 1–27 and 28–29. On Kubernetes, kube-apiserver runs your policy exactly as the Policy tab shows it.',
  switchToDkp: 'Switch the target to Deckhouse',
  summary: (all: number, head: number, yours: number, tail: number) =>
    `kube-apiserver runs ${countOf(all, { one: 'rule', other: 'rules' })}, first match wins: ${head} built-in before yours, ${countOf(yours, { one: 'rule', other: 'rules' })} of yours, ${tail} built-in after.`,
  omitStages: (stages: readonly string[]) => `Omitted stages for every rule: ${stages.join(', ')}.`,
  userPolicyOff:
    'auditPolicyEnabled is false in the ModuleConfig: DKP ignores the Secret, so none of your rules run.',
  nothingAudited:
    'No rules at all: with basicAuditPolicyEnabled false and no rules of yours, DKP leaves the audit flags out and nothing is audited.',
  basicOff: 'basicAuditPolicyEnabled is false: your rules are the whole policy.',
  headTitle: (n: number) => `DKP built-in rules 1–${n}`,
  headDescription:
    'Checked before yours: whatever they match, no rule of yours can change (shown folded; open to read them).',
  userTitle: (n: number) => `Your rules (${n})`,
  userDescription: (basic: boolean): string =>
    basic
      ? 'From Secret kube-system/audit-policy, in your order, after the built-in rules above.'
      : 'From Secret kube-system/audit-policy, in your order.',
  noUserRules: 'No rules of yours.',
  tailTitle: 'DKP built-in rules 28–29',
  tailDescription:
    'Checked after yours: an authenticated request no rule above matched is not logged (28); unauthenticated ones are logged at Metadata (29).',
  position: (n: number) => `#${n}`,
  builtinName: (n: number) => `Built-in rule ${n}`,
  yourRule: (n: number) => `Your rule ${n}`,
  builtinNote: (n: number, title: string) => `DKP built-in rule ${n}: ${title}`,
  release: (release: string) =>
    `Built-in rules as DKP ${release} renders them (numbered as in the policy file on the masters; from 20 on, one more than DKP’s rule list, which leaves out the kubectl logs rule 20).`,
}
