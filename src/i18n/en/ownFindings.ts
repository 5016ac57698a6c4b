// Our own findings (policy/ownFindings.ts), one sentence per code; what they quote (an `error` or a `prefix`) is
// quoted as kube-apiserver, DKP or the YAML reader writes it. Part of `en` (en.ts), under the key `ownFindings`.
// The core's `message` is the same English (ownFindings.test.ts holds them equal), for the CLI's --json.
import type { OwnDiagnosticCode, OwnFindingOf } from '../../policy/ownFindings.ts'
import { formatMebibytes } from '../format.ts'

/** OwnFindingWords: each code's sentence from that code's parameters. */
export type OwnFindingWords = { [C in OwnDiagnosticCode]: (f: OwnFindingOf<C>) => string }

export const ownFindings = {
  'dkp-no-rules': () => 'The Secret contributes no rules: DKP silently uses only its built-in rules',
  'dkp-policy-omit-managed-fields': () =>
    'DKP drops the policy-level omitManagedFields from the Secret; set omitManagedFields on each rule instead',
  'yaml-taken-for-json': () =>
    'kube-apiserver reads text starting with "{" as JSON, not as flow-style YAML: use block style (a form edit does) or put "---" above it',
  'manifest-not-yaml': ({ error }) => `not valid YAML: ${error}`,
  'no-secret': ({ found }) =>
    found.length > 0
      ? `no Secret here: found ${found.map((kind) => kind || '(no kind)').join(', ')}`
      : 'no Secret here: the text holds no Kubernetes object',
  'secret-no-namespace': ({ namespace }) => `the Secret has no namespace: it must be created in ${namespace}`,
  'secret-elsewhere': ({ namespace, name, wantNamespace, wantName }) =>
    `this is the Secret ${namespace || '(no namespace)'}/${name || '(no name)'}; DKP reads only ${wantNamespace}/${wantName}`,
  'secret-string-data-not-string': ({ key }) => `stringData.${key} must be a string`,
  'secret-no-key': ({ key, keys }) =>
    `the Secret has no key ${key}${keys.length > 0 ? ` (it has ${keys.join(', ')})` : ''}: DKP reads only that key, so this Secret would contribute no rules`,
  'secret-data-not-string': ({ key }) => `data.${key} must be a base64 string`,
  'secret-bad-base64': ({ key, error }) => `data.${key} is not valid base64: ${error}`,
  'secret-not-utf8': ({ key }) => `data.${key} decodes to bytes that are not UTF-8 text`,
  'import-too-large': ({ bytes, limit }) =>
    `This text is ${formatMebibytes(bytes, 1)}; an audit policy is a few KB (the limit is ${formatMebibytes(limit, 0)}). Is it an audit log? Open it in "Analyze a log" instead.`,
  'import-binary': ({ nulAt }) =>
    `This is not a policy: binary content (${nulAt === undefined ? 'not UTF-8 text' : `a NUL byte at character ${nulAt}`}).`,
  'import-empty': () => 'There is nothing to import: the text is empty.',
  'moduleconfig-version': ({ value }) => `spec.version ${value} is not 1, 2 or 3; kept the current one`,
  'moduleconfig-not-boolean': ({ key, value }) => `${key} must be true or false, not ${value}; ignored`,
  'moduleconfig-output': ({ value }) => `auditLog.output must be File or Stdout, not ${value}; ignored`,
  'moduleconfig-path': ({ value }) => `auditLog.path ${value} does not match DKP's pattern; ignored`,
  'duplicate-key-last-wins': ({ key, line }) => `duplicate key ${key} (line ${line}): the last value is used`,
  'duplicate-key': ({ prefix, key, line }) => `${prefix}duplicate key ${key} (line ${line})`,
  'ignored-by-server': ({ error }) => `${error}: ignored by the API server`,
  'dkp-api-version-unchecked': ({ apiVersion }) =>
    `apiVersion ${apiVersion} is not checked by DKP: its rules are re-emitted as audit.k8s.io/v1`,
  'dkp-then-apiserver-fails': ({ error }) =>
    `${error} (DKP accepts the Secret, then kube-apiserver fails to start)`,
  'too-deep': ({ prefix, limit, goYamlLimit }) =>
    `${prefix}nested deeper than ${limit} levels, where this reader stops (go-yaml stops at ${goYamlLimit})`,
  'internal-error': ({ error }) => `internal error while reading the policy: ${error}`,
  'settings-output': ({ value }) => `auditLog.output must be "File" or "Stdout", not ${value}`,
  'settings-path': ({ pattern }) =>
    `auditLog.path must match ${pattern}: letters, digits, "_", "/", ".", "-", and no trailing "/"`,
  'settings-version': () => 'spec.version must be 1, 2 or 3',
} satisfies OwnFindingWords
