// Почему не прочитать сохранённую работу, хранилище браузера или ссылку: twin of en/savedWork.ts (same keys,
// same types). Пути полей (`rules[0].level`), File/Stdout и JSON остаются как есть.
import type { savedWork as enSavedWork } from '../en/savedWork.ts'
import { countOf, formatNumber, type PluralForms } from '../format.ts'

const RULES: PluralForms = { one: 'правило', few: 'правила', many: 'правил', other: 'правила' }
const BYTES: PluralForms = { one: 'байт', few: 'байта', many: 'байт', other: 'байта' }

export const savedWork: typeof enSavedWork = {
  'not-texts': ({ at }) => `${at} — не список текстов`,
  'not-rule': ({ at }) => `${at} — не правило`,
  'not-text': ({ at }) => `${at} — не текст`,
  'not-list': ({ at }) => `${at} — не список`,
  'not-group': ({ at }) => `${at} — не группа ресурсов`,
  'not-boolean': ({ at }) => `${at} — не true/false`,
  'not-object': ({ at }) => `${at} — не объект`,
  'not-number': ({ at }) => `${at} — не число`,
  'not-output': ({ at }) => `${at} — не File и не Stdout`,
  'no-rules': () => 'в политике нет списка правил',
  'too-many-rules': ({ rules, max }) =>
    `в политике ${countOf(rules, RULES)}; конструктор принимает до ${formatNumber(max)}`,
  'settings-not-object': () => 'настройки ModuleConfig — не объект',
  'switch-not-boolean': () => 'переключатель ModuleConfig — не true/false',
  'unknown-version': () => 'версия Kubernetes неизвестна',
  'unknown-target': () => 'цель неизвестна',
  'no-document': () => 'в ней нет документа',
  'not-json': () => 'это не корректный JSON',
  'not-ours': () => 'её записало не это приложение',
  'format-version': ({ found, reads }) =>
    `она в формате версии ${found}, а это приложение читает версию ${reads}`,
  'draft-not-text': () => 'черновик YAML — не текст',
  'storage-unreadable': ({ error }) => `хранилище браузера не читается (${error})`,
  'storage-refused': ({ error }) => `браузер отказался сохранить (${error})`,
  'storage-full': () => 'хранилище браузера для этой страницы заполнено',
  blocked: () =>
    'прежняя сохранённая работа, которую не удалось прочитать, всё ещё лежит в хранилище браузера, и отложить её копию некуда, поэтому автосохранение её не перезапишет',
  'no-storage': () => 'браузер не разрешает этой странице ничего сохранять',
  'link-format': ({ found, reads }) => `ссылка в формате ${found}; это приложение читает ${reads}`,
  'link-no-format': () => 'ссылка начинается не с известного формата',
  'link-characters': () => 'в ссылке есть символы, которых в ссылках конструктора не бывает',
  'link-short': () => 'ссылка кончается раньше, чем начинается её содержимое',
  'link-too-large': ({ bytes }) => `она распакуется в ${countOf(bytes, BYTES)}`,
  'link-more': () => 'она распаковывается в больше, чем заявлено',
  'link-corrupt': () => 'её сжатое содержимое обрывается или повреждено',
  'link-less': ({ got, bytes }) => `она распаковывается в ${formatNumber(got)} из ${countOf(bytes, BYTES)}`,
  'link-checksum': () => 'её контрольная сумма не совпадает с содержимым',
  'link-content': () => 'её содержимое не читается',
  'link-no-policy': () => 'текст её политики не читается как политика',
  'link-too-many-rules': ({ rules }) => `в её политике ${countOf(rules, RULES)}`,
}
