// Reading a policy file for a CLI command, with diagnostics printed the way editors link them.
import {
  defaultKubernetesVersion,
  isKubernetesVersion,
  KUBERNETES_VERSIONS,
  decodePolicyBytes,
  parsePolicyBytes,
  type Diagnostic,
  type KubernetesVersion,
  type ParseResult,
  type Target,
} from '../policy/index.ts'
import { cliStrings } from '../i18n/cli.ts'
import { cli as enCli } from '../i18n/en/cli.ts'
import { diagnosticText } from '../i18n/ownFindings.ts'
import { binaryPolicy, UsageError, type Io } from './io.ts'

/** parseTarget checks a --target value. */
export function parseTarget(value: string | undefined): Target {
  if (value === undefined || value === 'kube-apiserver') return 'kube-apiserver'
  if (value === 'deckhouse') return 'deckhouse'
  throw new UsageError(cliStrings().notTarget(JSON.stringify(value)))
}

/** parseKubernetesVersion checks a --kubernetes-version value (X.Y); absent means the target's default. */
export function parseKubernetesVersion(value: unknown, target: Target): KubernetesVersion {
  if (value === undefined) return defaultKubernetesVersion(target)
  const v = typeof value === 'string' ? value.replace(/^v/, '') : value
  if (isKubernetesVersion(v)) return v
  throw new UsageError(cliStrings().notVersion(KUBERNETES_VERSIONS.join(', '), JSON.stringify(value)))
}

export interface LoadedPolicy {
  file: string
  text: string
  result: ParseResult
}

/**
 * readPolicyFile reads and parses FILE ("-" is standard input) from its bytes, as kube-apiserver reads them
 * (a BOM, UTF-16, invalid UTF-8: parsePolicyBytes); binary content (NUL bytes) is reported, not parsed.
 */
export async function readPolicyFile(
  file: string,
  target: Target,
  io: Io,
  kubernetesVersion?: KubernetesVersion,
): Promise<LoadedPolicy | { file: string; binary: string; englishBinary: string }> {
  const bytes = file === '-' ? await io.readStdin() : await io.readFile(file)
  const binary = binaryPolicy(bytes, file === '-' ? cliStrings().stdin : file)
  // --json says it in English whatever the language.
  if (binary)
    return { file, binary, englishBinary: binaryPolicy(bytes, file === '-' ? enCli.stdin : file, enCli)! }
  const text = decodePolicyBytes(bytes).text
  const options = { target, kubernetesVersion }
  const result = io.parsePolicy
    ? await io.parsePolicy(text, options, bytes)
    : parsePolicyBytes(bytes, options)
  return { file, text, result }
}

/**
 * formatDiagnostic prints `file:line:col: severity: message` (message lines after the first indented; our own
 * findings in the active language, the API server's as it writes them).
 */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}` : file
  return `${where}: ${d.severity}: ${diagnosticText(d).replaceAll('\n', '\n    ')}\n`
}
