// «Не терять написанное» по-русски: twin of en/keeptext.ts (same keys, same types).
import type { keeptext as enKeeptext } from '../en/keeptext.ts'

export const keeptext: typeof enKeeptext = {
  draftGuard: {
    statusPolicy:
      'Текст не читается как политика: «Копировать» и «Скачать» выдадут его как есть, но сначала спросят.',
    statusOther:
      'Содержимое редактора Policy не читается: здесь собрано из последней читаемой версии. «Копировать» и «Скачать» сначала спросят.',
    titlePolicy: 'Этот текст не читается как политика',
    titleOther: 'Это не то, что показывает редактор Policy',
    detailOther: (where: string) =>
      `В редакторе Policy текст, который не читается (${where}). То, что вы копируете или скачиваете здесь, собрано из последней читаемой версии.`,
  },
  editor: {
    tabIndent: 'Tab — отступ',
    tabIndentHelp: (key: string) =>
      `Когда включено, Tab и Shift+Tab делают отступ в редакторе; когда выключено — переводят фокус на следующий или предыдущий элемент. Переключается клавишами ${key}.`,
    tabMoves: (key: string) => `Tab выводит из редактора (${key} — отступ по Tab)`,
    maximize: 'Развернуть редактор',
    restore: 'Вернуться к странице (Esc)',
    enlargedTitle: 'YAML политики, развёрнуто',
    showMore: 'Больше',
    showLess: 'Меньше',
  },
}
