// The Commands tab's comments and apply.sh's messages come from src/i18n: English as it was, word for word;
// Russian with no English beyond the API terms and the commands' own words; every comment a `#` line, every
// message safe inside the script's double quotes; the commands themselves the same in both languages.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { defaultDkpSettings } from '../policy/moduleconfig.ts'
import { buildApplyCommands, buildApplyScript, type CommandWords } from '../policy/shellCommands.ts'
import { afterApplyCommands, beforeApplyCommands } from '../policy/shellCommandsSafe.ts'
import { englishWords } from '../testing/englishWords.ts'
import { commands as en } from './en/commands.ts'
import { commands as ru } from './ru/commands.ts'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n'
const all = (w: CommandWords) =>
  beforeApplyCommands('d8', w) +
  buildApplyCommands(POLICY, defaultDkpSettings(), 'd8', w) +
  afterApplyCommands(POLICY, 'd8', w)
/** The lines that are not comments: what runs. */
const commandsOf = (text: string) => text.split('\n').filter((l) => !l.startsWith('#'))
const commentsOf = (text: string) => text.split('\n').filter((l) => l.startsWith('#') && !l.startsWith('#!'))
const echoes = (script: string) => script.split('\n').filter((l) => l.startsWith('echo '))

describe('the commands’ words', () => {
  it('English reads as before', () => {
    const text = all(en)
    expect(text).toContain('# 1. Create or update the Secret kube-system/audit-policy (paste as is):\ncat <<')
    expect(text).toContain('#    Or, from the policy saved as audit-policy.yaml:\n')
    expect(text).toContain(
      '#     (with Docker: docker stop $(docker ps -q --filter name=k8s_kube-apiserver))\n#  c. Then fix the Secret',
    )
    expect(echoes(buildApplyScript(POLICY, defaultDkpSettings(), en))).toEqual([
      'echo "Applying Secret kube-system/audit-policy..."',
      'echo "Switching the policy on in ModuleConfig control-plane-manager..."',
      'echo "Done. kube-apiserver restarts on every master to load the new policy."',
    ])
  })

  it('Russian: the same commands, comments and messages in Russian, valid bash', () => {
    expect(commandsOf(all(ru))).toEqual(commandsOf(all(en)))
    const comments = commentsOf(all(ru))
    expect(comments).toHaveLength(commentsOf(all(en)).length)
    for (const line of comments) {
      expect(line).toMatch(/[а-яё]{3,}/i)
      // Commands and flags quoted in a comment are the commands' own words.
      const words = line.replace(/docker [^)]*|--[a-z-]+\*?/g, '')
      expect(englishWords(words), line).toEqual([])
    }
    const script = buildApplyScript(POLICY, defaultDkpSettings(), ru)
    expect(() => execFileSync('bash', ['-n'], { input: script })).not.toThrow()
    expect(() => execFileSync('bash', ['-n'], { input: all(ru) })).not.toThrow()
    for (const line of echoes(script)) {
      expect(line).toMatch(/^echo "[^"$`\\]*"$/)
      expect(englishWords(line.slice(5)), line).toEqual([])
    }
  })
})
