// «Знать, что всё верно» по-русски: twin of en/verify.ts (same keys, same types).
import type { BlockKind, verify as enVerify } from '../en/verify.ts'
import { countOf, formatNumber, type PluralForms } from '../format.ts'

const ERRORS: PluralForms = { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' }
const WARNINGS: PluralForms = {
  one: 'предупреждение',
  few: 'предупреждения',
  many: 'предупреждений',
  other: 'предупреждения',
}
const NOTES: PluralForms = { one: 'заметка', few: 'заметки', many: 'заметок', other: 'заметки' }

const refusal = (kind: BlockKind) =>
  kind === 'dkp-moduleconfig'
    ? 'DKP его отвергнет'
    : kind === 'dkp-secret'
      ? 'DKP отвергнет Secret'
      : 'kube-apiserver не запустится'

export const verify: typeof enVerify = {
  guard: {
    title: {
      'kube-apiserver': 'kube-apiserver не запустится с этой политикой',
      'dkp-secret': 'DKP отвергнет этот Secret',
      'dkp-then-kube': 'DKP примет этот Secret, а затем kube-apiserver не запустится ни на одном master-узле',
      'dkp-moduleconfig': 'DKP отвергнет этот ModuleConfig',
    },
    status: (n: number, kind: BlockKind) =>
      `${countOf(n, ERRORS)}: ${refusal(kind)}. «Копировать» и «Скачать» сначала спросят.`,
    more: (n: number) => ` (и ещё ${countOf(n, ERRORS)})`,
    copyQuestion: 'Всё равно скопировать?',
    downloadQuestion: 'Всё равно скачать?',
    copyAnyway: 'Всё равно скопировать',
    downloadAnyway: 'Всё равно скачать',
    cancel: 'Отмена',
  },
  tools: {
    problems: 'Проблемы',
    simulator: 'Проверить запрос',
    effective: 'Итоговая политика',
  },
  problems: {
    badge: (errors: number, warnings: number) =>
      [errors > 0 ? countOf(errors, ERRORS) : '', warnings > 0 ? countOf(warnings, WARNINGS) : '']
        .filter(Boolean)
        .map((s) => `, ${s}`)
        .join(''),
    counts: (errors: number, warnings: number, notes: number) =>
      `${countOf(errors, ERRORS)} · ${countOf(warnings, WARNINGS)} · ${countOf(notes, NOTES)}`,
    listLabel: 'Проблемы',
    severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Заметка' },
    blocks: {
      'kube-apiserver': 'kube-apiserver не запустится',
      'dkp-secret': 'DKP отвергнет Secret',
      'dkp-then-kube': 'DKP примет, kube-apiserver не запустится',
      'dkp-moduleconfig': 'DKP отвергнет ModuleConfig',
    },
    none: {
      'kube-apiserver': 'Проблем нет: kube-apiserver загрузит эту политику.',
      deckhouse: 'Проблем нет: DKP примет Secret, и kube-apiserver загрузит политику.',
    },
    applyFix: 'Исправить',
    applyFixNamed: (description: string) => `Исправить: ${description}`,
    fixed: (description: string) => `Исправлено: ${description}`,
    undoFix: 'Отменить',
    showInYaml: 'Показать в YAML',
    inText: (line: number, column: number) => `YAML политики, строка ${line}, столбец ${column}`,
    showAll: (n: number) => `Показать все (${formatNumber(n)})`,
    place: {
      rules: 'Правила',
      policy: 'Настройки политики',
      moduleConfig: 'ModuleConfig',
      item: (n: number) => `элемент ${n}`,
    },
  },
  simulator: {
    mark: {
      matched: 'Подходит к проверяемому запросу',
      skipped: (reason: string) => `Проверяемый запрос проходит мимо этого правила: ${reason}`,
    },
    listMore: (n: number) => `… и ещё ${formatNumber(n)}`,
    saved: {
      failingBadge: (n: number) =>
        `, ${countOf(n, {
          one: 'сохранённый запрос не проходит',
          few: 'сохранённых запроса не проходят',
          many: 'сохранённых запросов не проходят',
          other: 'сохранённого запроса не проходят',
        })}`,
    },
  },
}
