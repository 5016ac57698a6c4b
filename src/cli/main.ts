// audit-policy: the command-line front end over the policy core (contract: docs/design.md §3).
import { parseArgs } from 'node:util'
import { cliStrings } from '../i18n/cli.ts'
import { runAnalyze } from './analyze.ts'
import { runDiff } from './diff.ts'
import {
  runEffective,
  runEval,
  runModuleConfig,
  runSecret,
  runValidate,
  type Flags,
} from './policyCommands.ts'
import { EXIT_USAGE, nodeIo, UsageError, type Io } from './io.ts'
import { runLint } from './lint.ts'

type Command = (positionals: string[], flags: Flags, io: Io) => Promise<number>

interface CommandSpec {
  run: Command
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>
  /** The usage text's line, for a command without one in src/i18n (cli.ts `commands`). */
  summary?: string
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
  },
  lint: {
    run: runLint,
    options: {
      target: { type: 'string' },
      json: { type: 'boolean' },
      basic: { type: 'string' },
      'kubernetes-version': { type: 'string' },
    },
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
  },
  secret: {
    run: runSecret,
    options: {
      raw: { type: 'boolean' },
      target: { type: 'string' },
      'kubernetes-version': { type: 'string' },
    },
  },
  moduleconfig: {
    run: runModuleConfig,
    options: {
      basic: { type: 'string' },
      output: { type: 'string' },
      path: { type: 'string' },
      version: { type: 'string' },
    },
  },
  effective: {
    run: runEffective,
    options: {
      basic: { type: 'string' },
      builtin: { type: 'string' },
      'kubernetes-version': { type: 'string' },
    },
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
  },
}

/** usage: the usage text, of every command or of the one named. */
export function usage(only?: string): string {
  const w = cliStrings()
  const lines = Object.entries(COMMANDS)
    .filter(([name]) => only === undefined || name === only)
    .map(([name, c]) => '  ' + (w.commands[name] ?? c.summary ?? name))
  return [w.usage, '', ...lines, ''].join('\n')
}

/** wantsHelp: `--help` or `-h` among a command's arguments (before a `--` that ends the options). */
const wantsHelp = (args: string[]): boolean => {
  const end = args.indexOf('--')
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')
}

/** main runs one CLI invocation and returns its exit code; it never lets an exception escape as a stack trace. */
export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    // `help COMMAND` shows that command's line.
    const about = name === 'help' && rest[0] !== undefined && rest[0] in COMMANDS ? rest[0] : undefined
    io.stdout(usage(about))
    return name ? 0 : EXIT_USAGE
  }
  const spec = COMMANDS[name]
  if (!spec) {
    io.stderr(
      `audit-policy: ${cliStrings().unknownCommand(JSON.stringify(name), Object.keys(COMMANDS).join(', '))}\n`,
    )
    return EXIT_USAGE
  }
  if (wantsHelp(rest)) {
    io.stdout(usage(name))
    return 0
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
