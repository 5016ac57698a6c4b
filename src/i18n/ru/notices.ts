// Русские строки однострочных уведомлений, разделителя редактора и превью и коротких подтверждений.
import type { notices as enNotices } from '../en/notices.ts'
import { countOf, formatNumber } from '../format.ts'

export const notices: typeof enNotices = {
  titleSeparator: ': ',
  openProblems: 'Открыть панель проблем',
  errorCount: (n: number) => countOf(n, { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' }),
  worthALook: '— стоит посмотреть',
  warningCount: (n: number) =>
    countOf(n, {
      one: 'предупреждение',
      few: 'предупреждения',
      many: 'предупреждений',
      other: 'предупреждения',
    }),
  moduleConfigErrors: 'DKP отвергнет ModuleConfig',
  alsoInModuleConfig: (n: number) => ` (из них в ModuleConfig — ${formatNumber(n)})`,
  more: 'Подробнее',
  close: 'Закрыть',
  less: 'Свернуть',
  splitLabel: 'Изменить ширину редактора и превью',
  splitValue: (percent: number) => `Редактор: ${percent} % ширины`,
  splitHelp: 'Перетащите или используйте стрелки (Home, End; Enter — поровну)',
}
