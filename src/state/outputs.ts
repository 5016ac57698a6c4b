// The Secret and the apply commands, and their hooks. A separate entry point on purpose (not re-exported by
// index.ts): building the Secret pulls in the core's secret.ts, which imports the `yaml` library, and only the
// lazily loaded Secret and Commands tabs need it, so the first screen ships without it.
import { useCallback } from 'react'
import { buildApplyCommands, buildApplyScript, type Kubectl } from '../policy/shellCommands.ts'
import { afterApplyCommands, beforeApplyCommands } from '../policy/shellCommandsSafe.ts'
import type { DkpSettings } from '../policy/moduleconfig.ts'
import { buildSecret } from '../policy/secret.ts'
import { commandWords } from '../i18n/commands.ts'
import { documentText, memoLast } from './derived.ts'
import { useEditorSelector } from './hooks.ts'
import type { EditorState } from './store.ts'

/** secretText: the kube-system/audit-policy Secret manifest for a policy text. */
export const secretText = memoLast((text: string) => buildSecret(text))
/** applyCommandsText: paste-ready commands for `d8 k` or kubectl. */
export const applyCommandsText = memoLast(
  (text: string, dkp: DkpSettings, tool: Kubectl) =>
    // The apply commands with the "apply safely" steps around them (save the current policy, check, go back).
    // Their comments in the active language (src/i18n commands).
    beforeApplyCommands(tool, commandWords()) +
    buildApplyCommands(text, dkp, tool, commandWords()) +
    afterApplyCommands(text, tool, commandWords()),
)
/** applyScriptText: apply.sh. */
export const applyScriptText = memoLast((text: string, dkp: DkpSettings) =>
  buildApplyScript(text, dkp, commandWords()),
)

/** useSecretText: the Secret manifest. */
export function useSecretText(): string {
  return useEditorSelector((s) => secretText(documentText(s.doc)))
}

/** useApplyCommands: the apply commands for `tool`. */
export function useApplyCommands(tool: Kubectl): string {
  const select = useCallback(
    (s: EditorState) => applyCommandsText(documentText(s.doc), s.doc.dkp, tool),
    [tool],
  )
  return useEditorSelector(select)
}

/** useApplyScript: apply.sh. */
export function useApplyScript(): string {
  return useEditorSelector((s) => applyScriptText(documentText(s.doc), s.doc.dkp))
}
