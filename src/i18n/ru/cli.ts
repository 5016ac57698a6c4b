// Собственные сообщения утилиты командной строки по-русски: twin of en/cli.ts (same keys, same types).
// Severity words in diagnostics and every `--json` field stay as they are in English (CI tools parse them).
import type { cli as enCli } from '../en/cli.ts'
import { countOf } from '../format.ts'

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
  readAsRendered: (file, head, tail, userRules) =>
    `${file}: прочитана как политика, собранная на master-узле: её встроенные правила DKP (1–${head}, ${head + 1}–${head + tail}) действуют с обеих сторон, сравниваются ${countOf(userRules, { one: 'правило', few: 'правила', many: 'правил', other: 'правила' })} между ними (--rendered false сравнивает файл целиком)`,
}
