// Собственные сообщения утилиты командной строки по-русски: twin of en/cli.ts (same keys, same types).
// Severity words in diagnostics and every `--json` field stay as they are in English (CI tools parse them).
import type { cli as enCli } from '../en/cli.ts'
import { countOf, formatNumber } from '../format.ts'

export const cli: typeof enCli = {
  usage: 'использование: audit-policy <команда> [аргументы]',
  unknownCommand: (name: string, known: string) => `неизвестная команда ${name} (есть: ${known})`,
  internalError: (message: string) => `внутренняя ошибка: ${message}`,
  notPolicy: (what: string) => `${what}: это нельзя загрузить как политику`,
  validateOk: (file: string, rules: number) =>
    `${file}: OK, ${countOf(rules, { one: 'правило', few: 'правила', many: 'правил', other: 'правила' })}`,
  validateFails: (file: string, failure: string) => `${file}: НЕ ЗАГРУЖАЕТСЯ: ${failure}`,
  noFindings: (file: string) => `${file}: замечаний нет`,
  notEvaluated: (file: string, failure: string) =>
    `${file}: запросы не проверены: политика не загружается (${failure})`,
  noSecret: (file: string, failure: string) =>
    `${file}: Secret не создан: политика не загружается (${failure})`,
  dkpRefuses: (file: string, failure: string) => `${file}: DKP не примет эту политику (${failure})`,
  cannotWrite: (message: string) => `не удаётся записать вывод (${message})`,
  usageOf: (syntax: string) => `использование: ${syntax}`,
  commands: {
    validate:
      'validate FILE [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--json]    код 0 — загружается, 1 — нет, 2 — ошибка вызова или ввода-вывода',
    lint: 'lint FILE [--target kube-apiserver|deckhouse] [--kubernetes-version X.Y] [--json]   код 1 при ошибке или предупреждении, иначе 0',
    eval: 'eval FILE --request JSON|@FILE|-                             по строке JSON на каждый запрос или событие аудита',
    secret:
      'secret FILE [--raw]                                          манифест Secret kube-system/audit-policy',
    moduleconfig:
      'moduleconfig [--basic true|false] [--output File|Stdout] [--path DIR]   ModuleConfig control-plane-manager',
    effective:
      'effective FILE [--basic true|false] [--builtin RENDERED]     вся политика, с которой DKP запускает kube-apiserver',
    analyze:
      'analyze FILE --log AUDIT.LOG[.gz] [--log ...] [--json] [--target deckhouse]   что политика записала бы по этим журналам',
    diff: 'diff OLD NEW [--target …] [--kubernetes-version X.Y] [--basic B] [--builtin FILE] [--rendered B] [--log FILE] [--json]   код 0 — запросы не меняются, 1 — некоторые меняются',
  } as Record<string, string>,
  stdin: 'стандартный ввод',
  notBoolean: (flag: string, value: string) => `--${flag} должен быть true или false, а не ${value}`,
  notTarget: (value: string) => `--target должен быть kube-apiserver или deckhouse, а не ${value}`,
  notVersion: (versions: string, value: string) =>
    `--kubernetes-version должен быть одним из ${versions}, а не ${value}`,
  notOutput: (value: string) => `--output должен быть File или Stdout, а не ${value}`,
  stdinOnce: '--log - (стандартный ввод) можно указать только один раз',
  oneStdin: 'стандартным вводом может быть только один из OLD и NEW',
  dkpOnly: '--basic и --builtin применимы только с --target deckhouse',
  renderedDkpOnly: '--rendered применим только с --target deckhouse',
  notAPolicy: 'это не политика',
  requestItem: (origin: string, n: number) => `${origin}, элемент ${n}`,
  requestLine: (origin: string, n: number) => `${origin}, строка ${n}`,
  requestNotObject: (where: string) => `${where}: ожидался объект JSON`,
  requestUser: (where: string) => `${where}: "user" должен быть строкой или null`,
  requestGroups: (where: string) => `${where}: "groups" должен быть списком строк`,
  requestResourceRequest: (where: string) => `${where}: "resourceRequest" должен быть true или false`,
  requestString: (where: string, field: string) => `${where}: "${field}" должен быть строкой`,
  invalidJson: (where: string, message: string) => `${where}: некорректный JSON (${message})`,
  noRequest: (origin: string) => `${origin}: запрос не задан`,
  noSuchFile: (path: string) => `${path}: нет такого файла`,
  isDirectory: (path: string) => `${path}: это каталог, а не файл`,
  permissionDenied: (path: string) => `${path}: нет доступа`,
  cannotRead: (path: string, why: string) => `${path}: не удаётся прочитать (${why})`,
  tooLargeRead: (path: string, mib: number) =>
    `${path}: слишком большой (чтение остановлено на пределе, ${formatNumber(mib)} МиБ)`,
  tooLargeFile: (path: string, size: number, mib: number) =>
    `${path}: ${formatNumber(size, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} МиБ — слишком много (предел ${formatNumber(mib)} МиБ)`,
  pipeSilent: (path: string, seconds: number) =>
    `${path}: в этот канал ничего не записали за ${formatNumber(seconds)} с (в него кто-нибудь пишет?)`,
  stdinTooLarge: (mib: number) => `стандартный ввод: больше ${formatNumber(mib)} МиБ`,
  binary: (what: string, offset: number) =>
    `${what}: двоичное содержимое (байт NUL по смещению ${offset}), а не текстовый файл`,
  notUtf8: (what: string) => `${what}: это не текст в UTF-8`,
  outOfMemory: (mb: number, kb: number) =>
    `для чтения этого файла нужно больше ${formatNumber(mb)} МБ памяти (${formatNumber(Math.round(kb))} КБ текста; политика аудита занимает несколько КБ)`,
  readerStopped: 'чтение политики остановилось',
  progress: (read, of, events, mibPerSec, file, files) =>
    `${read}${of ? ` из ${of.total} (${of.percent}%)` : ''}, ${countOf(events, { one: 'событие', few: 'события', many: 'событий', other: 'события' })}, ${formatNumber(mibPerSec)} МиБ/с, файл ${file}/${files}`,
  notAnalyzed: (file: string, failure: string) =>
    `${file}: анализ не выполнен: политика не загружается (${failure})`,
  notCompared: (file: string, failure: string) => `${file}: сравнение не выполнено: ${failure}`,
  readInPart: (name: string, problem: string) => `${name}: прочитан только частично: ${problem}`,
  yourRule: (n: number) => `ваше правило ${n}`,
  builtinRule: (n: number, title: string) => `встроенное правило DKP ${n}: ${title}`,
  noteYourRule: (n: number) => `Ваше правило ${n}`,
  noteBuiltinRule: (n: number, title: string) => `Встроенное правило DKP ${n}: ${title}`,
  readAsRendered: (file, head, tail, userRules) =>
    `${file}: прочитана как политика, собранная на master-узле: её встроенные правила DKP (1–${head}, ${head + 1}–${head + tail}) действуют с обеих сторон, сравниваются ${countOf(userRules, { one: 'правило', few: 'правила', many: 'правил', other: 'правила' })} между ними (--rendered false сравнивает файл целиком)`,
}
