// audit-policy: the command-line front end over the policy core (contract: docs/design.md §3).
import { parseArgs } from 'node:util'
import { cliStrings } from '../i18n/cli.ts'
import { runAnalyze } from './analyze.ts'
import { runDiff } from './diff.ts'
import { runEffective, runEval, runModuleConfig, runSecret, runValidate, type Flags } from './commands.ts'
import { EXIT_USAGE, nodeIo, UsageError, type Io } from './io.ts'
import { runLint } from './lint.ts'

type Command = (positionals: string[], flags: Flags, io: Io) => Promise<number>

interface CommandSpec {
  run: Command
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>
  summary: string
}

/** Commands added by other modules (the audit-log analyzer registers `analyze`). */
export const COMMANDS: Record<string, CommandSpec> = {
  validate: {
    run: runValidate,
    options: {
      target: { type: 'string' },
      json: { type: 'boolean' },
      'kubernetes-version': { type: 'string' },
    },
    summary:
      'validate FILE [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--json]    exit 0 loads, 1 does not, 2 usage/IO error',
  },
  lint: {
    run: runLint,
    options: {
      target: { type: 'string' },
      json: { type: 'boolean' },
      basic: { type: 'string' },
      'kubernetes-version': { type: 'string' },
    },
    summary:
      'lint FILE [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--json]   exit 1 on an error or warning, 0 otherwise',
  },
  eval: {
    run: runEval,
    options: {
      request: { type: 'string' },
      target: { type: 'string' },
      basic: { type: 'string' },
      builtin: { type: 'string' },
      'kubernetes-version': { type: 'string' },
    },
    summary:
      'eval FILE --request JSON|@FILE|-                             one JSON line per request or audit event',
  },
  secret: {
    run: runSecret,
    options: {
      raw: { type: 'boolean' },
      target: { type: 'string' },
      'kubernetes-version': { type: 'string' },
    },
    summary:
      'secret FILE [--raw]                                          the kube-system/audit-policy Secret manifest',
  },
  moduleconfig: {
    run: runModuleConfig,
    options: {
      basic: { type: 'string' },
      output: { type: 'string' },
      path: { type: 'string' },
      version: { type: 'string' },
    },
    summary:
      'moduleconfig [--basic true|false] [--output File|Stdout] [--path DIR]   the control-plane-manager ModuleConfig',
  },
  effective: {
    run: runEffective,
    options: {
      basic: { type: 'string' },
      builtin: { type: 'string' },
      'kubernetes-version': { type: 'string' },
    },
    summary:
      'effective FILE [--basic true|false] [--builtin RENDERED]     the whole policy DKP makes kube-apiserver run',
  },
  analyze: {
    run: runAnalyze,
    options: {
      log: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      target: { type: 'string' },
      basic: { type: 'string' },
      'kubernetes-version': { type: 'string' },
    },
    summary:
      'analyze FILE --log AUDIT.LOG[.gz] [--log ...] [--json] [--target deckhouse]   what the policy would record for logs',
  },
  diff: {
    run: runDiff,
    options: {
      target: { type: 'string' },
      'kubernetes-version': { type: 'string' },
      basic: { type: 'string' },
      builtin: { type: 'string' },
      rendered: { type: 'string' },
      log: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    summary:
      'diff OLD NEW [--target …] [--kubernetes-version X.Y] [--basic B] [--builtin FILE] [--rendered B] [--log FILE] [--json]   exit 0 no request changes, 1 some do',
  },
}

export function usage(): string {
  return [cliStrings().usage, '', ...Object.values(COMMANDS).map((c) => '  ' + c.summary), ''].join('\n')
}

/** main runs one CLI invocation and returns its exit code; it never lets an exception escape as a stack trace. */
export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage())
    return name ? 0 : EXIT_USAGE
  }
  const spec = COMMANDS[name]
  if (!spec) {
    io.stderr(
      `audit-policy: ${cliStrings().unknownCommand(JSON.stringify(name), Object.keys(COMMANDS).join(', '))}\n`,
    )
    return EXIT_USAGE
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: spec.options,
      allowPositionals: true,
      strict: true,
    })
    return await spec.run(positionals, values as Flags, io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`audit-policy ${name}: ${e.message}\n`)
      return EXIT_USAGE
    }
    const code = (e as { code?: string }).code
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`audit-policy ${name}: ${(e as Error).message}\n`)
      return EXIT_USAGE
    }
    if (code === 'EPIPE') return 0
    io.stderr(
      `audit-policy ${name}: ${cliStrings().internalError(e instanceof Error ? e.message : String(e))}\n`,
    )
    return 70
  }
}
