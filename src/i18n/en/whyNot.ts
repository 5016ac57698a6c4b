// The simulator's "why not" lines in English: why a rule passed a request over, from the code explainRule
// returns (policy/evaluate.ts). Each line starts with the field that failed, as the policy spells it.
import type { Mismatch, MismatchSay } from '../../policy/evaluate.ts'

type Say<C extends MismatchSay['code']> = Extract<MismatchSay, { code: C }>

const fmt = (l: readonly string[]) => `[${l.join(', ')}]`
const show = (s: string) => (s === '' ? '""' : s)

const reason = {
  noUser: (_s: Say<'noUser'>) => 'the request has no authenticated user',
  userNotIn: (s: Say<'userNotIn'>) => `${show(s.user)} is not in ${fmt(s.users)}`,
  noGroupIn: (s: Say<'noGroupIn'>) =>
    `${s.groups.length === 0 ? 'the user has no groups' : `none of ${fmt(s.groups)}`} is in ${fmt(s.userGroups)}`,
  verbNotIn: (s: Say<'verbNotIn'>) => `${show(s.verb)} is not in ${fmt(s.verbs)}`,
  notResourceRequest: (s: Say<'notResourceRequest'>) =>
    `the rule only matches resource requests, and ${s.path || 'this'} is a non-resource URL`,
  namespaceNotIn: (s: Say<'namespaceNotIn'>) =>
    `${s.namespace === '' ? '"" (cluster-scoped)' : s.namespace} is not in ${fmt(s.namespaces.map(show))}`,
  resourceNoMatch: (s: Say<'resourceNoMatch'>) =>
    `${s.apiGroup === '' ? 'core' : s.apiGroup} ${s.subresource ? `${s.resource}/${s.subresource}` : s.resource}${s.name ? ` ${s.name}` : ''} matches no resources entry`,
  notNonResource: (_s: Say<'notNonResource'>) =>
    'the rule only matches non-resource URLs, and this is a resource request',
  urlNoMatch: (s: Say<'urlNoMatch'>) => `${s.path} matches none of ${fmt(s.urls)}`,
} satisfies { [C in MismatchSay['code']]: (s: Say<C>) => string }

export const whyNot = {
  reason,
  /** line: "verbs: get is not in [create, update]". */
  line: (field: Mismatch['field'], text: string) => `${field}: ${text}`,
}
