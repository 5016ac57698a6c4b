// The policy core's public API. Pure TypeScript: no React, DOM or Node APIs; never throws on user input.
export * from './types.ts'
export { parsePolicy, parsePolicyBytes, isJSON, type ParseOptions, type ParseResult } from './parse.ts'
export { decodePolicyBytes, type DecodedBytes } from './bytes.ts'
export { serializePolicy, serializeRule, yamlQuote } from './serialize.ts'
export { validatePolicy, groupErrors, type ValidateOptions } from './validate.ts'
export {
  evaluatePolicy,
  explainRule,
  ruleMatches,
  pathMatches,
  resourceMatches,
  groupResourcesMatches,
  type Mismatch,
  type MismatchSay,
} from './evaluate.ts'
export {
  requestFromEvent,
  requestFromHttp,
  emptyRequest,
  type AuditEventLike,
  type HttpRequest,
} from './request.ts'
export { buildSecret, SECRET_KEY, SECRET_NAME, SECRET_NAMESPACE } from './secret.ts'
export { readSecret, readManifests, type Manifest, type SecretReadResult } from './secretRead.ts'
export { encodeBase64Utf8, decodeBase64 } from './base64.ts'
export {
  buildModuleConfig,
  moduleConfigPatch,
  defaultDkpSettings,
  validateDkpSettings,
  AUDIT_LOG_PATH_PATTERN,
  DEFAULT_AUDIT_LOG_PATH,
  type DkpSettings,
  type AuditLogOutput,
} from './moduleconfig.ts'
export {
  effectivePolicy,
  splitRenderedPolicy,
  SHIPPED_BUILTIN,
  type EffectivePolicy,
  type RuleOrigin,
  type BuiltinRules,
} from './effective.ts'
export { readRenderedPolicy, type RenderedPolicy } from './rendered.ts'
export {
  DKP_BUILTIN_HEAD,
  DKP_BUILTIN_TAIL,
  DKP_BUILTIN_SOURCE,
  DKP_SYSTEM_NAMESPACES,
  DKP_SYSTEM_SERVICE_ACCOUNTS,
  type BuiltinRule,
} from './dkpBuiltin.ts'
export {
  buildApplyCommands,
  buildApplyScript,
  heredocDelimiter,
  shellQuote,
  type Kubectl,
} from './shellCommands.ts'
export { normalizeNote } from './notes.ts'
export * from './catalog.ts'
export {
  PRESETS,
  presetById,
  presetPolicy,
  type Preset,
  type PresetId,
  type PresetKind,
  type PresetNoteCode,
} from './presets.ts'
export {
  GROUP_FIELD_TABLE,
  LIST_RULE_FIELDS,
  RULE_FIELD_TABLE,
  type ListRuleField,
  type RuleFieldKind,
  type RuleFieldName,
} from './ruleFields.ts'
export {
  POLICY_SCHEMA,
  POLICY_SCHEMA_URI,
  RULE_FIELDS,
  GROUP_PATTERN,
  NON_RESOURCE_URL_PATTERN,
} from './schema.ts'
export {
  importBytes,
  importText,
  readModuleConfig,
  MAX_IMPORT_BYTES,
  type ImportResult,
  type ImportKind,
} from './importing.ts'
export { LINT_IDS, lintPolicy, type LintFinding, type LintId, type LintOptions } from './lint.ts'
export { locatePath, locatePaths } from './locate.ts'
export { targetFindings, EMPTY_POLICY_MESSAGE } from './target.ts'
export {
  policyRun,
  simulateRequest,
  type PolicyRun,
  type Simulation,
  type SimulationOptions,
  type SkippedRule,
  type Verdict,
} from './simulate.ts'
export { readRequestText, readRequestAttributes, type RequestTextResult } from './requestText.ts'
export {
  KUBERNETES_VERSIONS,
  NEWEST_KUBERNETES_VERSION,
  DKP_RELEASE,
  DKP_DEFAULT_KUBERNETES_VERSION,
  DKP_KUBERNETES_VERSIONS,
  GROUP_WILDCARD_SINCE,
  defaultKubernetesVersion,
  isKubernetesVersion,
  previousVersion,
  groupWildcardAllowed,
  type KubernetesVersion,
} from './versions.ts'
export {
  groupsForUser,
  impliedByGroup,
  isRealIdentity,
  withAddedGroups,
  type AddedGroup,
  type AddedReason,
} from './identities.ts'
