// The "apply safely" steps: the command that prints the cluster's policy, the check, and the way back.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildApplyCommands } from './shellCommands.ts'
import { afterApplyCommands, beforeApplyCommands, currentPolicyCommand } from './shellCommandsSafe.ts'
import { defaultDkpSettings } from './moduleconfig.ts'
import { commands as en } from '../i18n/en/commands.ts'
import { commands as ru } from '../i18n/ru/commands.ts'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n# EOF\nEOF\n'

describe('apply safely', () => {
  it.each(['d8', 'kubectl'] as const)('%s: print the current policy, check, and the way back', (tool) => {
    const k = tool === 'd8' ? 'd8 k' : 'kubectl'
    expect(currentPolicyCommand(tool)).toBe(`${k} -n kube-system get secret audit-policy -o yaml`)
    const after = afterApplyCommands(POLICY, tool, en)
    expect(after).toContain(`diff <(${k} -n kube-system get secret audit-policy -o jsonpath=`)
    expect(after).toContain('/etc/kubernetes/manifests/kube-apiserver.yaml')
    expect(after).toContain('crictl stopp $(crictl pods --name=kube-apiserver -q)')
    expect(after).toContain(`${k} -n kube-system delete secret audit-policy`)
    // The policy's own "EOF" line does not end the heredoc early.
    expect(after).toContain("<<'EOF_1'")
  })

  it.each([
    ['English', en],
    ['Russian', ru],
  ] as const)('the whole Commands text is valid bash, its comments in %s', (_, words) => {
    const text =
      beforeApplyCommands('d8', words) +
      buildApplyCommands(POLICY, defaultDkpSettings(), 'd8', words) +
      afterApplyCommands(POLICY, 'd8', words)
    expect(() => execFileSync('bash', ['-n'], { input: text })).not.toThrow()
    // Every line of the words is a comment: nothing of them runs.
    const said = [
      words.before,
      words.switchOn,
      words.check,
      words.runs,
      words.wayBack,
      words.fixSecret,
    ].flat()
    for (const line of said) expect(text).toContain(line)
  })
})
