// Shell commands that put the policy into a DKP cluster with `d8 k` (DKP's embedded kubectl) or kubectl.
import { buildModuleConfig, moduleConfigPatch, type DkpSettings } from './moduleconfig.ts'
import { buildSecret, SECRET_KEY, SECRET_NAME, SECRET_NAMESPACE } from './secret.ts'

export type Kubectl = 'd8' | 'kubectl'

/**
 * CommandWords: the comment lines of the commands (each a whole `#` line, as pasted) and apply.sh's messages, in
 * the reader's language: src/i18n/{en,ru}/commands.ts. The commands themselves are the same in every language.
 */
export interface CommandWords {
  /** Step 0: save the policy the cluster runs now. */
  before: readonly string[]
  /** Step 1: create or update the Secret `secret` (namespace/name). */
  secret: (secret: string) => readonly string[]
  /** Or the Secret from the policy saved as `file`. */
  fromFile: (file: string) => readonly string[]
  /** Step 2: switch the policy on in the ModuleConfig. */
  switchOn: readonly string[]
  /** The whole ModuleConfig. */
  wholeModuleConfig: readonly string[]
  /** Step 3: what the cluster holds. */
  check: readonly string[]
  /** Step 4: the cluster runs this policy. */
  runs: readonly string[]
  /** ... and kube-apiserver came back. */
  cameBack: readonly string[]
  /** The way back, a. to c. */
  wayBack: readonly string[]
  removeFlags: readonly string[]
  restart: readonly string[]
  /** With Docker, `command` instead. */
  withDocker: (command: string) => readonly string[]
  fixSecret: readonly string[]
  /** apply.sh: its header comment, and what it says as it runs (inside double quotes: no `"`, `$`, `\`). */
  script: {
    header: readonly string[]
    applying: (secret: string) => string
    switching: string
    done: string
  }
}

const CLI: Record<Kubectl, string> = { d8: 'd8 k', kubectl: 'kubectl' }

/** heredocDelimiter picks a delimiter that no line of `body` equals, so the heredoc pastes safely. */
export function heredocDelimiter(body: string): string {
  const lines = new Set(body.split('\n'))
  let d = 'EOF'
  for (let i = 1; lines.has(d); i++) d = `EOF_${i}`
  return d
}

function heredoc(cmd: string, body: string): string {
  const d = heredocDelimiter(body)
  return `cat <<'${d}' | ${cmd}\n${body.endsWith('\n') ? body : body + '\n'}${d}`
}

/** shellQuote single-quotes a word for POSIX shells. */
export function shellQuote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`
}

/**
 * buildApplyCommands writes the commands, in order, to create or update the Secret, switch the policy on,
 * and check what the cluster holds. Every block can be pasted as is.
 */
export function buildApplyCommands(
  policyText: string,
  settings: DkpSettings,
  tool: Kubectl,
  words: CommandWords,
): string {
  const k = CLI[tool]
  const secret = buildSecret(policyText)
  return [
    ...words.secret(`${SECRET_NAMESPACE}/${SECRET_NAME}`),
    heredoc(`${k} apply -f -`, secret),
    '',
    ...words.fromFile(SECRET_KEY),
    `${k} -n ${SECRET_NAMESPACE} create secret generic ${SECRET_NAME} --from-file=${SECRET_KEY}=./${SECRET_KEY} \\`,
    `  --dry-run=client -o yaml | ${k} apply -f -`,
    '',
    ...words.switchOn,
    `${k} patch mc control-plane-manager --type=merge -p ${shellQuote(moduleConfigPatch(settings))}`,
    '',
    ...words.wholeModuleConfig,
    heredoc(`${k} apply -f -`, buildModuleConfig(settings)),
    '',
    ...words.check,
    `${k} -n ${SECRET_NAMESPACE} get secret ${SECRET_NAME} -o jsonpath='{.data.${SECRET_KEY.replaceAll('.', '\\.')}}' | base64 -d`,
    `${k} get mc control-plane-manager -o yaml`,
    '',
  ].join('\n')
}

/** buildApplyScript is a runnable apply.sh: it uses `d8 k` when d8 is installed, kubectl otherwise. */
export function buildApplyScript(policyText: string, settings: DkpSettings, words: CommandWords): string {
  const secret = buildSecret(policyText)
  return [
    '#!/usr/bin/env bash',
    ...words.script.header,
    'set -euo pipefail',
    'if command -v d8 >/dev/null 2>&1; then K="d8 k"; else K="kubectl"; fi',
    '',
    `echo "${words.script.applying(`${SECRET_NAMESPACE}/${SECRET_NAME}`)}"`,
    heredoc('$K apply -f -', secret),
    '',
    `echo "${words.script.switching}"`,
    'if $K get mc control-plane-manager >/dev/null 2>&1; then',
    `  $K patch mc control-plane-manager --type=merge -p ${shellQuote(moduleConfigPatch(settings))}`,
    'else',
    // The closing delimiter has to stay at the start of its line.
    '  ' + heredoc('$K apply -f -', buildModuleConfig(settings)),
    'fi',
    '',
    `echo "${words.script.done}"`,
    '',
  ].join('\n')
}
