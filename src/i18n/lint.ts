// Lint's words in the active language, for the lazily loaded lint: findings and fixes from their codes
// (policy/lint-messages.ts). The UI's lint runner and the CLI word every finding here.
import type { LintFinding, LintFix } from '../policy/lintFinding.ts'
import type { FixSay, LintSay } from '../policy/lintMessages.ts'
import { lint as en, type Lint, type Words } from './en/lint.ts'
import { locale } from './locale.ts'
import { lint as ru } from './ru/lint.ts'

export type { Words }

/** lintWords: lint's words in the active language (i18n/locale.ts). */
export function lintWords(): Lint {
  return locale() === 'ru' ? ru : en
}

/** sayFinding: what a finding says, in words: its headline, details and list. */
export function sayFinding(say: LintSay, words: Lint = lintWords()): Words {
  // Each code's function takes that code's parameters (the `satisfies` map in en/lint.ts checks it).
  const f = words.finding[say.code] as (s: LintSay) => Words
  return f(say)
}

/** sayFix: what a fix does, in words. */
export function sayFix(say: FixSay, words: Lint = lintWords()): string {
  const f = words.fix[say.code] as (s: FixSay) => string
  return f(say)
}

/** wordFix: the fix with its description in words; its policy is still built only when read. */
function wordFix(fix: LintFix, words: Lint): LintFix {
  return {
    say: fix.say,
    description: sayFix(fix.say, words),
    get policy() {
      return fix.policy
    },
  }
}

/**
 * wordFinding: the finding with its headline as `message`, its reason (shown without expanding anything) as
 * `reason`, and its details, list and fix in words.
 */
export function wordFinding(f: LintFinding, words: Lint = lintWords()): LintFinding {
  const w = sayFinding(f.say, words)
  const out: LintFinding = { ...f, message: w.headline }
  delete out.fix
  if (w.reason !== undefined) out.reason = w.reason
  else delete out.reason
  if (w.details.length > 0) out.details = w.details
  else delete out.details
  if (w.items && w.items.length > 0) out.items = w.items
  else delete out.items
  if (f.fix) out.fix = wordFix(f.fix, words)
  return out
}

/** wordFindings: every finding in words (see wordFinding). */
export function wordFindings(findings: readonly LintFinding[], words: Lint = lintWords()): LintFinding[] {
  return findings.map((f) => wordFinding(f, words))
}

/** fullText: a finding's headline, reason and details as one paragraph (for tests and plain-text output). */
export function fullText(f: Pick<LintFinding, 'message' | 'reason' | 'details'>): string {
  return [f.message, ...(f.reason !== undefined ? [f.reason] : []), ...(f.details ?? [])].join(' ')
}
