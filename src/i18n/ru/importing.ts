// Русские строки того, что приносит импорт и чего он не может сохранить (policy/importLosses.ts).
import type { ImportDescription } from '../../policy/importing.ts'
import type { ImportLoss } from '../../policy/importLosses.ts'
import type { importing as enImporting } from '../en/importing.ts'
import { countOf, formatMebibytes, formatNumber } from '../format.ts'

/** Первые элементы списка и сколько ещё. */
function some(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ')
  return items.length > shown ? `${head} и ещё ${formatNumber(items.length - shown)}` : head
}

/** «5 правил, 1 ошибка, 2 предупреждения» (ошибки и предупреждения — только если есть). */
function counted(d: ImportDescription): string {
  const parts = [countOf(d.rules, { one: 'правило', few: 'правила', many: 'правил', other: 'правила' })]
  if (d.errors > 0)
    parts.push(countOf(d.errors, { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' }))
  if (d.warnings > 0)
    parts.push(
      countOf(d.warnings, {
        one: 'предупреждение',
        few: 'предупреждения',
        many: 'предупреждений',
        other: 'предупреждения',
      }),
    )
  return parts.join(', ')
}

export const importing: typeof enImporting = {
  summary: (d: ImportDescription): string => {
    switch (d.kind) {
      case 'too-large':
        return `${formatMebibytes(d.bytes ?? 0, 1)}: слишком большой`
      case 'binary':
        return 'не текст'
      case 'empty':
        return 'пусто'
      case 'moduleconfig':
        return 'ModuleConfig control-plane-manager: только его настройки аудита'
      case 'policy':
        return `Политика: ${counted(d)}`
      case 'secret': {
        const where = d.secret
          ? `Secret ${d.secret.namespace || '(без namespace)'}/${d.secret.name}`
          : 'Secret'
        return `${where}${d.hasPolicy ? `: ${counted(d)}` : ': политики в нём нет'}${d.withSettings ? ', с настройками ModuleConfig' : ''}`
      }
    }
  },
  notKeptTitle: 'Не сохраняется',
  loss: (l: ImportLoss): string => {
    switch (l.code) {
      case 'secretEnvelope':
        return l.extras.length === 0
          ? 'Сам Secret: приходит только его audit-policy.yaml; вкладка Secret создаёт новый.'
          : `Сам Secret: приходит только его audit-policy.yaml (без ${some(l.extras)}); вкладка Secret создаёт новый.`
      case 'otherDocuments':
        return `Другие документы файла: ${some(l.documents)}.`
      case 'moduleConfigOther':
        return `Настройки ModuleConfig, кроме настроек аудита: ${some(l.paths)}.`
      case 'rewrittenOnEdit':
        return l.format === 'json'
          ? 'Форма JSON: текст приходит как есть, а первое изменение в формах запишет его в YAML.'
          : 'Flow-стиль ({…}): текст приходит как есть, а первое изменение в формах запишет его в блочном YAML.'
    }
  },
}
