// The CLI commands over the policy core: validate, eval, secret, moduleconfig, effective.
import {
  buildModuleConfig,
  buildSecret,
  defaultDkpSettings,
  effectivePolicy,
  emptyRequest,
  evaluatePolicy,
  requestFromEvent,
  serializePolicy,
  splitRenderedPolicy,
  validateDkpSettings,
  type DkpSettings,
  type Policy,
  type RequestAttributes,
} from '../policy/index.ts'
import { cliStrings } from '../i18n/cli.ts'
import { diagnosticText, failureText } from '../i18n/ownFindings.ts'
import { decodeText, EXIT_FAIL, EXIT_OK, UsageError, type Io } from './io.ts'
import {
  formatDiagnostic,
  parseKubernetesVersion,
  parseTarget,
  readPolicyFile,
  type LoadedPolicy,
} from './policyfile.ts'
import { builtinTitle } from '../i18n/builtinTitle.ts'
import { dkpBuiltin as enDkpBuiltin, titleOf } from '../i18n/en/dkpBuiltin.ts'

export type Flags = Record<string, string | boolean | string[] | undefined>

async function loadOrReport(
  file: string,
  flags: Flags,
  io: Io,
  json: boolean,
): Promise<LoadedPolicy | number> {
  const target = parseTarget(flags.target as string | undefined)
  const version = parseKubernetesVersion(flags['kubernetes-version'], target)
  const loaded = await readPolicyFile(file, target, io, version)
  if ('binary' in loaded) {
    io.stderr(`${cliStrings().notPolicy(loaded.binary)}\n`)
    if (json)
      io.stdout(
        JSON.stringify({
          valid: false,
          errors: [{ path: '', kind: 'Decode', message: 'yaml: control characters are not allowed' }],
          warnings: [],
        }) + '\n',
      )
    return EXIT_FAIL
  }
  return loaded
}

/** validate FILE [--target kube-apiserver|deckhouse] [--json]: exit 0 when the target loads it, 1 when not. */
export async function runValidate(positionals: string[], flags: Flags, io: Io): Promise<number> {
  const [file] = positionals
  if (!file || positionals.length > 1)
    throw new UsageError(cliStrings().usageOf('validate FILE [--target kube-apiserver|deckhouse] [--json]'))
  const json = flags.json === true
  const loaded = await loadOrReport(file, flags, io, json)
  if (typeof loaded === 'number') return loaded
  const { result } = loaded
  const errors = result.diagnostics.filter((d) => d.severity === 'error')
  if (json) {
    io.stdout(
      JSON.stringify({
        valid: result.loadable,
        errors: errors.map((d) => ({ path: d.path, kind: d.kind, message: d.message })),
        warnings: result.warnings,
      }) + '\n',
    )
  } else {
    for (const d of result.diagnostics) io.stdout(formatDiagnostic(file, d))
    const rules = result.policy?.rules.length ?? 0
    io.stdout(
      result.loadable
        ? `${cliStrings().validateOk(file, rules)}\n`
        : `${cliStrings().validateFails(file, failureText(result))}\n`,
    )
  }
  return result.loadable ? EXIT_OK : EXIT_FAIL
}

const REQUEST_STRING_FIELDS = [
  'verb',
  'apiGroup',
  'resource',
  'subresource',
  'namespace',
  'name',
  'path',
] as const

/** toRequest reads one JSON value as request attributes, or as an audit Event (it has requestURI or auditID). */
export function toRequest(value: unknown, where: string): RequestAttributes {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UsageError(cliStrings().requestNotObject(where))
  const v = value as Record<string, unknown>
  if ('requestURI' in v || 'auditID' in v || v.kind === 'Event') return requestFromEvent(v)
  const req = emptyRequest()
  if ('user' in v) {
    if (v.user !== null && typeof v.user !== 'string') throw new UsageError(cliStrings().requestUser(where))
    req.user = v.user as string | null
  }
  if ('groups' in v) {
    if (!Array.isArray(v.groups) || v.groups.some((g) => typeof g !== 'string'))
      throw new UsageError(cliStrings().requestGroups(where))
    req.groups = v.groups as string[]
  }
  if ('resourceRequest' in v) {
    if (typeof v.resourceRequest !== 'boolean')
      throw new UsageError(cliStrings().requestResourceRequest(where))
    req.resourceRequest = v.resourceRequest
  }
  for (const f of REQUEST_STRING_FIELDS) {
    if (f in v) {
      if (typeof v[f] !== 'string') throw new UsageError(cliStrings().requestString(where, f))
      req[f] = v[f] as string
    }
  }
  return req
}

/** readRequests parses --request: inline JSON, @FILE or - (stdin); one object or JSON lines of them. */
async function readRequests(spec: string, io: Io): Promise<RequestAttributes[]> {
  let text: string
  let origin: string
  if (spec === '-' || spec.startsWith('@')) {
    origin = spec === '-' ? cliStrings().stdin : spec.slice(1)
    const bytes = spec === '-' ? await io.readStdin() : await io.readFile(spec.slice(1))
    const decoded = decodeText(bytes, origin)
    if ('error' in decoded) throw new UsageError(decoded.error)
    text = decoded.text
  } else {
    origin = '--request'
    text = spec
  }
  const parseLine = (line: string, where: string) => {
    try {
      return JSON.parse(line) as unknown
    } catch (e) {
      throw new UsageError(cliStrings().invalidJson(where, e instanceof Error ? e.message : String(e)))
    }
  }
  const trimmed = text.trim()
  if (trimmed === '') throw new UsageError(cliStrings().noRequest(origin))
  // A single (possibly pretty-printed) object, or one object per line.
  try {
    const whole = JSON.parse(trimmed) as unknown
    const items = Array.isArray(whole) ? whole : [whole]
    return items.map((item, i) =>
      toRequest(item, items.length > 1 ? cliStrings().requestItem(origin, i + 1) : origin),
    )
  } catch (e) {
    if (e instanceof UsageError) throw e
  }
  const out: RequestAttributes[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    const where = cliStrings().requestLine(origin, i + 1)
    out.push(toRequest(parseLine(line, where), where))
  })
  return out
}

export function parseBool(
  name: string,
  value: string | boolean | string[] | undefined,
  fallback: boolean,
): boolean {
  if (value === undefined) return fallback
  if (value === true || value === 'true') return true
  if (value === 'false') return false
  throw new UsageError(cliStrings().notBoolean(name, JSON.stringify(value)))
}

/** dkpSettingsFromFlags reads --basic, --output, --path and --version over DKP's defaults. */
function dkpSettingsFromFlags(flags: Flags): DkpSettings {
  const s = defaultDkpSettings()
  s.basicAuditPolicyEnabled = parseBool('basic', flags.basic, true)
  if (flags.output !== undefined) {
    if (flags.output !== 'File' && flags.output !== 'Stdout')
      throw new UsageError(cliStrings().notOutput(JSON.stringify(flags.output)))
    s.auditLog.output = flags.output
  }
  if (flags.path !== undefined) s.auditLog.path = String(flags.path)
  if (flags.version !== undefined) s.version = Number(flags.version)
  const problems = validateDkpSettings(s)
  if (problems.length > 0) throw new UsageError(diagnosticText(problems[0]!))
  return s
}

/** builtinFromFlag reads --builtin RENDERED_FILE: the policy a cluster rendered, to use its built-in rules. */
export async function builtinFromFlag(flags: Flags, user: Policy, io: Io) {
  if (typeof flags.builtin !== 'string') return undefined
  const loaded = await readPolicyFile(flags.builtin, 'kube-apiserver', io)
  if ('binary' in loaded) throw new UsageError(loaded.binary)
  if (!loaded.result.policy)
    throw new UsageError(
      `${flags.builtin}: ${loaded.result.failure !== undefined ? failureText(loaded.result) : cliStrings().notAPolicy}`,
    )
  return splitRenderedPolicy(loaded.result.policy, user.rules)
}

/** eval FILE --request JSON|@FILE|- [--target deckhouse]: one JSON line per request. */
export async function runEval(positionals: string[], flags: Flags, io: Io): Promise<number> {
  const [file] = positionals
  if (!file || positionals.length > 1 || typeof flags.request !== 'string') {
    throw new UsageError(
      cliStrings().usageOf(
        'eval FILE --request JSON|@FILE|- [--target kube-apiserver|deckhouse] [--basic true|false] [--builtin RENDERED_POLICY]',
      ),
    )
  }
  const loaded = await loadOrReport(file, flags, io, false)
  if (typeof loaded === 'number') return loaded
  const { result } = loaded
  if (!result.loadable || !result.policy) {
    for (const d of result.diagnostics.filter((x) => x.severity === 'error'))
      io.stderr(formatDiagnostic(file, d))
    io.stderr(`${cliStrings().notEvaluated(file, failureText(result))}\n`)
    return EXIT_FAIL
  }
  const requests = await readRequests(flags.request, io)
  if (flags.target === 'deckhouse') {
    const settings = dkpSettingsFromFlags(flags)
    const eff = effectivePolicy(result.policy, settings, await builtinFromFlag(flags, result.policy, io))
    for (const req of requests) {
      const r = evaluatePolicy(eff.policy, req)
      const o = r.matchedRule === null ? null : eff.origins[r.matchedRule]!
      // The contract's shape: a built-in rule as {kind, number, title} (its title in English).
      const origin =
        o?.kind === 'builtin'
          ? { kind: 'builtin', number: o.builtin.number, title: titleOf(enDkpBuiltin, o.builtin) }
          : o
      io.stdout(JSON.stringify({ ...r, origin }) + '\n')
    }
    return EXIT_OK
  }
  for (const req of requests) io.stdout(JSON.stringify(evaluatePolicy(result.policy, req)) + '\n')
  return EXIT_OK
}

/** secret FILE [--raw] [--target ...]: the kube-system/audit-policy Secret holding the canonical policy text. */
export async function runSecret(positionals: string[], flags: Flags, io: Io): Promise<number> {
  const [file] = positionals
  if (!file || positionals.length > 1)
    throw new UsageError(cliStrings().usageOf('secret FILE [--raw] [--target kube-apiserver|deckhouse]'))
  const loaded = await loadOrReport(file, flags, io, false)
  if (typeof loaded === 'number') return loaded
  const { result, text } = loaded
  for (const d of result.diagnostics.filter((x) => x.severity !== 'info'))
    io.stderr(formatDiagnostic(file, d))
  if (!result.loadable || !result.policy) {
    io.stderr(`${cliStrings().noSecret(file, failureText(result))}\n`)
    return EXIT_FAIL
  }
  io.stdout(buildSecret(flags.raw === true ? text : serializePolicy(result.policy)))
  return EXIT_OK
}

/** moduleconfig [--basic true|false] [--output File|Stdout] [--path DIR] [--version N]. */
export async function runModuleConfig(positionals: string[], flags: Flags, io: Io): Promise<number> {
  if (positionals.length > 0)
    throw new UsageError(
      cliStrings().usageOf(
        'moduleconfig [--basic true|false] [--output File|Stdout] [--path DIR] [--version 1|2|3]',
      ),
    )
  io.stdout(buildModuleConfig(dkpSettingsFromFlags(flags)))
  return EXIT_OK
}

/** effective FILE [--basic true|false] [--builtin RENDERED_POLICY]: the whole policy DKP makes kube-apiserver run. */
export async function runEffective(positionals: string[], flags: Flags, io: Io): Promise<number> {
  const [file] = positionals
  if (!file || positionals.length > 1)
    throw new UsageError(
      cliStrings().usageOf('effective FILE [--basic true|false] [--builtin RENDERED_POLICY]'),
    )
  const loaded = await loadOrReport(file, { ...flags, target: 'deckhouse' }, io, false)
  if (typeof loaded === 'number') return loaded
  const { result } = loaded
  if (!result.policy || !result.loadable) {
    for (const d of result.diagnostics.filter((x) => x.severity === 'error'))
      io.stderr(formatDiagnostic(file, d))
    io.stderr(`${cliStrings().dkpRefuses(file, failureText(result))}\n`)
    return EXIT_FAIL
  }
  const settings = dkpSettingsFromFlags(flags)
  const eff = effectivePolicy(result.policy, settings, await builtinFromFlag(flags, result.policy, io))
  const annotated: Policy = {
    ...eff.policy,
    rules: eff.policy.rules.map((r, i) => {
      const o = eff.origins[i]!
      return {
        ...r,
        note:
          o.kind === 'user'
            ? cliStrings().noteYourRule(o.index + 1)
            : cliStrings().noteBuiltinRule(o.builtin.number, builtinTitle(o.builtin)),
      }
    }),
  }
  io.stdout(serializePolicy(annotated))
  return EXIT_OK
}
