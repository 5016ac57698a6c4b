// Русские строки однострочных уведомлений, разделителя редактора и превью и коротких подтверждений.
import type { notices as enNotices } from '../en/notices.ts'

export const notices: typeof enNotices = {
  titleSeparator: ': ',
  openProblems: 'Открыть панель проблем',
  more: 'Подробнее',
  close: 'Закрыть',
  less: 'Свернуть',
  splitLabel: 'Изменить ширину редактора и превью',
  splitValue: (percent: number) => `Редактор: ${percent} % ширины`,
  splitHelp: 'Перетащите или используйте стрелки (Home, End; Enter — поровну)',
}
