// Findings in our own words (not kube-apiserver's, DKP's or go-yaml's): what an import or a reading says about the
// text itself, as codes with parameters. src/i18n words them (i18n/{en,ru}/ownFindings.ts); a Diagnostic's
// `message` keeps the English sentence for the CLI's --json, and a test holds it equal to the English words.
// A parameter that quotes someone else's error text (`error`, `prefix`) is quoted as they write it.

/** OwnFinding: one finding of ours, as a code with its parameters. */
export type OwnFinding =
  /** A DKP Secret whose policy has no rules. */
  | { code: 'dkp-no-rules' }
  /** A policy-level omitManagedFields in a DKP Secret. */
  | { code: 'dkp-policy-omit-managed-fields' }
  /** Flow-style YAML starting with `{`, which kube-apiserver reads as JSON. */
  | { code: 'yaml-taken-for-json' }
  /** A manifest text the YAML reader refuses, with the reader's own message. */
  | { code: 'manifest-not-yaml'; error: string }
  /** No Secret among the manifests; `found` are the kinds there are ("" for an object without a kind). */
  | { code: 'no-secret'; found: readonly string[] }
  /** The audit-policy Secret without a namespace. */
  | { code: 'secret-no-namespace'; namespace: string }
  /** Another Secret than the one DKP reads ("" for a missing namespace or name). */
  | { code: 'secret-elsewhere'; namespace: string; name: string; wantNamespace: string; wantName: string }
  /** stringData holds the policy's key, but not as a string. */
  | { code: 'secret-string-data-not-string'; key: string }
  /** Neither data nor stringData holds the policy's key; `keys` are those it has. */
  | { code: 'secret-no-key'; key: string; keys: readonly string[] }
  /** data holds the policy's key, but not as a string. */
  | { code: 'secret-data-not-string'; key: string }
  /** The policy's data is not base64; `error` is Go's base64 decoder's message. */
  | { code: 'secret-bad-base64'; key: string; error: string }
  /** The policy's data decodes to bytes that are not UTF-8. */
  | { code: 'secret-not-utf8'; key: string }
  /** An import text over the limit (sizes in bytes). */
  | { code: 'import-too-large'; bytes: number; limit: number }
  /** An import text that is not text: `nulAt` is the 1-based character of a NUL, absent for bad UTF-8. */
  | { code: 'import-binary'; nulAt?: number }
  /** An empty import text. */
  | { code: 'import-empty' }
  /** A ModuleConfig's spec.version other than 1, 2 or 3 (`value` as JSON). */
  | { code: 'moduleconfig-version'; value: string }
  /** A ModuleConfig's boolean setting that is not a boolean (`value` as JSON). */
  | { code: 'moduleconfig-not-boolean'; key: string; value: string }
  /** A ModuleConfig's auditLog.output other than File or Stdout (`value` as JSON). */
  | { code: 'moduleconfig-output'; value: string }
  /** A ModuleConfig's auditLog.path that DKP's pattern refuses (`value` as JSON). */
  | { code: 'moduleconfig-path'; value: string }
  /** A key set twice, which kube-apiserver logs and loads (the last value wins); `line` is 1-based. */
  | { code: 'duplicate-key-last-wins'; key: string; line: number }
  /** A key set twice, which DKP refuses; `prefix` is DKP's own words in front. */
  | { code: 'duplicate-key'; prefix: string; key: string; line: number }
  /** A strict-decoding complaint (`error`, as kube-apiserver logs it) about a part the API server ignores. */
  | { code: 'ignored-by-server'; error: string }
  /** An apiVersion DKP does not check (`apiVersion` as JSON). */
  | { code: 'dkp-api-version-unchecked'; apiVersion: string }
  /** kube-apiserver's validation error (`error`) on a policy DKP accepts. */
  | { code: 'dkp-then-apiserver-fails'; error: string }
  /** Nesting deeper than this reader goes; `prefix` is the decoder's words in front. */
  | { code: 'too-deep'; prefix: string; limit: number; goYamlLimit: number }
  /** A bug of ours while reading (`error` is the exception's message). */
  | { code: 'internal-error'; error: string }
  /** DKP settings: an audit log output other than File or Stdout (`value` as JSON). */
  | { code: 'settings-output'; value: string }
  /** DKP settings: an audit log path DKP's OpenAPI pattern (`pattern`) refuses. */
  | { code: 'settings-path'; pattern: string }
  /** DKP settings: a ModuleConfig version other than 1, 2 or 3. */
  | { code: 'settings-version' }

/** OwnDiagnosticCode: the code of an own finding. */
export type OwnDiagnosticCode = OwnFinding['code']

/** OwnFindingOf: the finding with code `C` (its parameters). */
export type OwnFindingOf<C extends OwnDiagnosticCode> = Extract<OwnFinding, { code: C }>
