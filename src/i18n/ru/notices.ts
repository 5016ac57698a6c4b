// Русские строки однострочных уведомлений, разделителя редактора и превью и коротких подтверждений.
import type { notices as enNotices } from '../en/notices.ts'

export const notices: typeof enNotices = {
  titleSeparator: ': ',
  openProblems: 'Открыть панель проблем',
  more: 'Подробнее',
  less: 'Свернуть',
}
