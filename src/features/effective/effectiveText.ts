// The effective policy as a file: every rule with a comment naming where it comes from, like the CLI's
// `effective` command.
import type { EffectivePolicy, RuleOrigin } from '../../policy/effective.ts'
import { serializePolicy } from '../../policy/serialize.ts'
import { t } from '../../i18n/verify.ts'
import { builtinTitle } from '../../i18n/builtinTitle.ts'

/** originNote: "Your rule 2" or "DKP built-in rule 15: Log every LIST at Metadata". */
export function originNote(o: RuleOrigin): string {
  const e = t.verify.effective
  return o.kind === 'user'
    ? e.yourRule(o.index + 1)
    : e.builtinNote(o.builtin.number, builtinTitle(o.builtin))
}

/** effectiveText: audit-policy-effective.yaml, each rule's origin as the comment above it. */
export function effectiveText(eff: EffectivePolicy): string {
  return serializePolicy({
    ...eff.policy,
    rules: eff.policy.rules.map((r, i) => ({ ...r, note: originNote(eff.origins[i]!) })),
  })
}
