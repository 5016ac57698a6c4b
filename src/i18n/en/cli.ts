// The command-line tool's own sentences (src/cli), in English. The CLI picks its language from LC_ALL,
// LC_MESSAGES and LANG (cli/cliLocale.ts); `--json` output never goes through these, so it is the same in every
// language. Diagnostics keep their `file:line:col: error: message [id]` shape and English severity words, which CI
// tools parse; kube-apiserver's and DKP's own messages are quoted as they write them.
import { countOf, pluralForm } from '../format.ts'

export const cli = {
  usage: 'usage: audit-policy <command> [arguments]',
  unknownCommand: (name: string, known: string) => `unknown command ${name} (try: ${known})`,
  internalError: (message: string) => `internal error: ${message}`,
  notPolicy: (what: string) => `${what}: it cannot be loaded as a policy`,
  validateOk: (file: string, rules: number) =>
    `${file}: OK, ${countOf(rules, { one: 'rule', other: 'rules' })}`,
  validateFails: (file: string, failure: string) => `${file}: FAILS: ${failure}`,
  noFindings: (file: string) => `${file}: no findings`,
  notEvaluated: (file: string, failure: string) =>
    `${file}: not evaluated: the policy does not load (${failure})`,
  noSecret: (file: string, failure: string) =>
    `${file}: no Secret written: the policy does not load (${failure})`,
  dkpRefuses: (file: string, failure: string) => `${file}: DKP would not accept this policy (${failure})`,
  cannotWrite: (message: string) => `cannot write the output (${message})`,
  /** diff: a side read as the policy rendered on a DKP master. */
  readAsRendered: (file: string, head: number, tail: number, userRules: number) =>
    `${file}: read as the policy rendered on a master: its DKP built-in rules (1–${head}, ${head + 1}–${head + tail}) run on both sides, its ${countOf(userRules, { one: 'rule', other: 'rules' })} in between ${pluralForm(userRules, { one: 'is', other: 'are' })} compared (--rendered false compares the whole file)`,
}
