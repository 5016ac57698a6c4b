// The CLI speaks the language of LC_ALL / LC_MESSAGES / LANG; its --json output is the same in every language.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { generateAuditLog } from '../testing/auditlog/generate.ts'
import { setActiveLocale, type Locale } from '../i18n/locale.ts'
import { memoryIo } from '../testing/io.ts'
import { PROJECT_ROOT } from '../testing/shared.ts'
import { englishWords } from '../testing/englishWords.ts'
import { DKP_DOCS_EXAMPLE_2_TEXT } from '../testing/dkpExample.ts'
import { DKP_BUILTIN_HEAD, DKP_BUILTIN_TAIL } from '../policy/dkpBuiltin.ts'
import { dkpBuiltin as ruDkpBuiltin } from '../i18n/ru/dkpBuiltin.ts'
import { cliLocale } from './cliLocale.ts'
import { main } from './main.ts'

/** The DKP docs' example 2 with a rule of a level that does not exist. */
const POLICY = `${DKP_DOCS_EXAMPLE_2_TEXT}- level: Verbose\n`
const GOOD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n'
const DIFF = join(PROJECT_ROOT, 'src/testdata/diff')

describe('the CLI language follows the environment like other Unix tools', () => {
  it('LC_ALL, then LC_MESSAGES, then LANG; ru* is Russian, anything else English', () => {
    expect(cliLocale({ LANG: 'ru_RU.UTF-8' })).toBe('ru')
    expect(cliLocale({ LANG: 'ru' })).toBe('ru')
    expect(cliLocale({ LC_MESSAGES: 'ru_UA.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ru')
    expect(cliLocale({ LC_ALL: 'C', LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en')
    expect(cliLocale({ LC_ALL: '', LANG: 'ru_RU.UTF-8' })).toBe('ru')
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en')
    expect(cliLocale({ LANG: 'rus' })).toBe('en')
    expect(cliLocale({})).toBe('en')
  })
})

describe('--json is the same in every language; the words are not', () => {
  afterEach(() => setActiveLocale('en'))
  const dir = mkdtempSync(join(tmpdir(), 'abp-cli-locale-'))
  const logPath = join(dir, 'audit.log')
  writeFileSync(
    logPath,
    new Uint8Array([...generateAuditLog({ seed: 3, events: 500 })].flatMap((c) => [...c])),
  )
  const files = {
    'p.yaml': POLICY,
    'good.yaml': GOOD,
    'base.yaml': readFileSync(join(DIFF, 'base.yaml'), 'utf8'),
    'reordered.yaml': readFileSync(join(DIFF, 'reordered.yaml'), 'utf8'),
  }
  const run = async (l: Locale, args: string[]) => {
    setActiveLocale(l)
    const io = memoryIo({ files })
    const code = await main(args, io)
    return { code, out: io.out() }
  }

  for (const args of [
    ['validate', 'p.yaml', '--json'],
    ['validate', 'good.yaml', '--json'],
    ['lint', 'p.yaml', '--json'],
    ['lint', 'good.yaml', '--json', '--target', 'kube-apiserver'],
    ['analyze', 'good.yaml', '--log', logPath, '--json'],
    ['analyze', 'good.yaml', '--log', logPath, '--json', '--target', 'deckhouse'],
    ['lint', 'p.yaml', '--json', '--kubernetes-version', '1.36', '--target', 'kube-apiserver'],
    ['diff', 'base.yaml', 'reordered.yaml', '--json'],
  ])
    it(args.join(' '), async () => {
      // The same bytes, but for the time the run took (analyze's elapsedMs).
      const timeless = (r: { code: number; out: string }) => ({
        code: r.code,
        out: r.out.replace(/"elapsedMs":\d+/g, '"elapsedMs":0'),
      })
      const en = timeless(await run('en', args))
      const ru = timeless(await run('ru', args))
      expect(en.out.length).toBeGreaterThan(0)
      expect(() => JSON.parse(en.out.split('\n')[0]!)).not.toThrow()
      // Compared as text, not with toEqual: a difference is one short line, not two whole reports.
      expect(ru.code).toBe(en.code)
      expect(ru.out === en.out, 'the --json output differs between English and Russian').toBe(true)
    })

  it('the human output is in the chosen language', async () => {
    expect((await run('en', ['validate', 'good.yaml'])).out).toBe('good.yaml: OK, 1 rule\n')
    expect((await run('ru', ['validate', 'good.yaml'])).out).toBe('good.yaml: OK, 1 правило\n')
    expect((await run('ru', ['lint', 'good.yaml', '--target', 'kube-apiserver'])).out).not.toMatch(
      /no findings/,
    )
  })
})

describe('usage, usage errors and analyze speak the chosen language', () => {
  afterEach(() => setActiveLocale('en'))
  const files = { 'good.yaml': GOOD }
  const run = async (l: Locale, args: string[]) => {
    setActiveLocale(l)
    const io = memoryIo({ files })
    const code = await main(args, io)
    return { code, out: io.out(), err: io.err() }
  }

  it('the usage text: the command lines as typed, what they do in the language', async () => {
    const en = await run('en', ['--help'])
    const ru = await run('ru', ['--help'])
    expect(en.out).toContain('usage: audit-policy <command> [arguments]')
    expect(en.out).toContain('exit 0 loads, 1 does not, 2 usage/IO error')
    expect(ru.out).toContain('использование: audit-policy <команда> [аргументы]')
    expect(ru.out).toContain('код 0 — загружается, 1 — нет')
    // Every command has its line in both, with the same command line in front.
    const syntax = (out: string) =>
      out
        .split('\n')
        .filter((l) => l.startsWith('  '))
        .map((l) => l.split(/\s{3,}/)[0])
    expect(syntax(ru.out)).toEqual(syntax(en.out))
    expect(syntax(en.out)).toHaveLength(8)
  })

  it.each([
    [['validate'], 'usage: validate FILE', 'использование: validate FILE'],
    [
      ['lint', 'good.yaml', '--basic', 'maybe'],
      '--basic must be true or false, not "maybe"',
      '--basic должен быть true или false',
    ],
    [
      ['validate', 'good.yaml', '--target', 'eks'],
      '--target must be kube-apiserver or deckhouse',
      '--target должен быть',
    ],
    [
      ['analyze', 'good.yaml', '--log', '/nonexistent/a.log'],
      '/nonexistent/a.log: no such file',
      '/nonexistent/a.log: нет такого файла',
    ],
    [
      ['eval', 'good.yaml', '--request', '[1]'],
      '--request: expected a JSON object',
      '--request: ожидался объект JSON',
    ],
    [
      ['diff', '-', '-'],
      'only one of OLD and NEW can be standard input',
      'стандартным вводом может быть только один',
    ],
  ])('%j: a usage error in English and in Russian', async (args, english, russian) => {
    const en = await run('en', args)
    const ru = await run('ru', args)
    expect(en.code).toBe(2)
    expect(ru.code).toBe(2)
    expect(en.err).toContain(english)
    expect(ru.err).toContain(russian)
    expect(ru.err).not.toContain(english)
  })
})

describe('analyze in Russian names the effective policy’s rules in Russian', () => {
  afterEach(() => setActiveLocale('en'))
  const dir = mkdtempSync(join(tmpdir(), 'abp-cli-analyze-ru-'))
  const logPath = join(dir, 'audit.log')
  writeFileSync(
    logPath,
    new Uint8Array([...generateAuditLog({ seed: 5, events: 300 })].flatMap((c) => [...c])),
  )
  const run = async (l: Locale) => {
    setActiveLocale(l)
    const io = memoryIo({ files: { 'p.yaml': DKP_DOCS_EXAMPLE_2_TEXT } })
    await main(['analyze', 'p.yaml', '--log', logPath, '--target', 'deckhouse'], io)
    return io.out()
  }

  it('your rules and DKP’s built-in ones, with DKP’s Russian titles', async () => {
    const en = await run('en')
    const ru = await run('ru')
    expect(en).toMatch(/your rule 1 /)
    expect(en).toMatch(/DKP built-in rule 1: Drop Endpoints, EndpointSlices and Events/)
    expect(ru).toMatch(/ваше правило 1 /)
    expect(ru).toMatch(/встроенное правило DKP 1: /)
    expect(ru).not.toMatch(/your rule|built-in rule|Drop Endpoints/)
  })
})

describe('the real CLI reads its language from the environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'abp-cli-lang-'))
  const file = join(dir, 'p.yaml')
  writeFileSync(file, GOOD)
  const cli = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/cli.mjs'), 'validate', file], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env },
      timeout: 120_000,
    })

  it('LANG=ru_RU.UTF-8 speaks Russian, LC_ALL=C over it English', () => {
    expect(cli({ LANG: 'ru_RU.UTF-8' }).stdout).toBe(`${file}: OK, 1 правило\n`)
    expect(cli({ LANG: 'ru_RU.UTF-8', LC_ALL: 'C' }).stdout).toBe(`${file}: OK, 1 rule\n`)
  }, 180_000)
})

describe('every command’s human output in Russian is Russian', () => {
  afterEach(() => setActiveLocale('en'))
  const dir = mkdtempSync(join(tmpdir(), 'abp-cli-ru-words-'))
  const logPath = join(dir, 'audit.log')
  const log = new Uint8Array([...generateAuditLog({ seed: 7, events: 400 })].flatMap((c) => [...c]))
  writeFileSync(logPath, log)
  // Only our own findings and lint's (the API server's messages are quoted in English by design).
  const DUP = DKP_DOCS_EXAMPLE_2_TEXT.replace('kind: Policy\n', 'kind: Policy\nkind: Policy\n')
  const files = {
    'dup.yaml': DUP,
    'good.yaml': GOOD,
    'bin.yaml': new Uint8Array([97, 0, 98]),
    'base.yaml': readFileSync(join(DIFF, 'base.yaml'), 'utf8'),
    'secrets-request.yaml': readFileSync(join(DIFF, 'secrets-request.yaml'), 'utf8'),
  }
  /**
   * shown: what a person reads of a run: stdout and stderr without the parts that are not words to translate (the
   * `file:line:col: severity:` head and the `[id]` tail CI tools parse, the YAML a command writes except its
   * comments, the JSON of a request example) and without the log's own values (`theirs`).
   */
  const shown = (text: string, yaml: boolean) =>
    text
      .split('\n')
      .filter((line) => !yaml || /^\s*#/.test(line))
      // go-yaml's own continuation lines of DKP's error.
      .filter((line) => !/^\s+line \d+: key /.test(line))
      .map((line) =>
        line
          .replace(/^\S+?:(\d+:\d+:)? (error|warning|note): /, '')
          .replace(/ \[[\w/-]+\]$/, '')
          .replace(/: \{".*\}$/, '')
          // DKP's own error, quoted as it writes it.
          .replace(/invalid audit-policy\.yaml format: .*$/, ''),
      )
      .join('\n')
  /** Latin words of `value`'s strings (not its keys): names in a policy, a log, DKP's rules and titles. */
  const wordsOf = (value: unknown, out: Set<string>): Set<string> => {
    if (typeof value === 'string') for (const w of value.match(/[A-Za-z]+/g) ?? []) out.add(w)
    else if (Array.isArray(value)) value.forEach((v) => wordsOf(v, out))
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => wordsOf(v, out))
    return out
  }
  const theirs = wordsOf(
    [
      [...DKP_BUILTIN_HEAD, ...DKP_BUILTIN_TAIL].map((b) => b.rule),
      Object.values(ruDkpBuiltin),
      new TextDecoder()
        .decode(log)
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as unknown),
    ],
    new Set(),
  )
  it.each([
    [['validate', 'dup.yaml'], false],
    [['validate', 'dup.yaml', '--target', 'deckhouse'], false],
    [['lint', 'dup.yaml'], false],
    [['lint', 'bin.yaml'], false],
    [['lint', 'dup.yaml', '--target', 'deckhouse'], false],
    [['effective', 'good.yaml'], true],
    [['secret', 'dup.yaml'], true],
    [['moduleconfig', '--path', '/x/'], false],
    [['diff', 'base.yaml', 'secrets-request.yaml', '--log', logPath], false],
    [['analyze', 'good.yaml', '--log', '-', '--target', 'deckhouse'], false],
  ] as const)('%j', async (args, yaml) => {
    setActiveLocale('ru')
    const io = memoryIo({ files, stdin: log })
    await main([...args], io)
    const text = shown(io.out(), yaml) + '\n' + shown(io.err(), false)
    expect(text.trim().length, io.out() + io.err()).toBeGreaterThan(0)
    expect(
      englishWords(text).filter((w) => !theirs.has(w)),
      text,
    ).toEqual([])
  })
})
