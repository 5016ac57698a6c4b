// Русские строки того, что приносит импорт и чего он не может сохранить (policy/importLosses.ts).
import type { ImportLoss } from '../../policy/importLosses.ts'
import type { importing as enImporting } from '../en/importing.ts'
import { formatNumber } from '../format.ts'

/** Первые элементы списка и сколько ещё. */
function some(items: readonly string[], shown = 3): string {
  const head = items.slice(0, shown).join(', ')
  return items.length > shown ? `${head} и ещё ${formatNumber(items.length - shown)}` : head
}

export const importing: typeof enImporting = {
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
