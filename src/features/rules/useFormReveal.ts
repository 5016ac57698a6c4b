// The rule forms' answers to reveal requests (state/reveal.ts, where='form').
import { useRevealRequests } from '../../state/reveal.ts'

/** RULE_PATH: `rules[i]` and what follows it. */
export const RULE_PATH = /^rules\[(\d+)\](.*)$/

/**
 * usePolicyReveal: the rules panel answers requests for policy-level places (settings, the rule list). The
 * finder loads on the first request (the rule cards load it with the rule list anyway).
 */
export function usePolicyReveal(): void {
  useRevealRequests('form', ({ at }) => {
    if (!RULE_PATH.test(at)) void import('./revealField.ts').then((m) => m.revealPolicyField(at))
  })
}
