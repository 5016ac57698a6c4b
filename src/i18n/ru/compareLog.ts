// Слова изменения политики, измеренного на журнале (вкладка сравнения и `diff --log`), в пересчёте на сутки.
import type { compareLog as en } from '../en/compareLog.ts'
import { countOf, formatNumber } from '../format.ts'

const signedNumber = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `-${formatNumber(-n)}` : '0')
const REQUEST = { one: 'запрос', few: 'запроса', many: 'запросов', other: 'запроса' }
const EVENT = { one: 'событие', few: 'события', many: 'событий', other: 'события' }

export const compareLog: typeof en = {
  perDay: (events, bytes, signed) =>
    `${signed ? signedNumber(events) : formatNumber(events)} ${countOfWord(events)}, ${bytes} в сутки`,
  volume: (events, n, bytes) => `${events} ${countOfWord(n)}, байт: ${bytes}`,
  noWindow: 'без цифр в сутки: в журнале нет отметок времени',
  heading: 'Измерено на журнале из «Анализа журнала»',
  intro: (requests, hours) =>
    hours === null
      ? `Прочитано: ${countOf(requests, REQUEST)}; в журнале нет отметок времени, поэтому цифр в сутки нет.`
      : `${countOf(requests, REQUEST)} за ${hours}; цифры в сутки пересчитывают это окно на 24 часа.`,
  hours: (h) =>
    h < 1 / 60
      ? countOf(Math.max(1, Math.round(h * 3600)), {
          one: 'секунду',
          few: 'секунды',
          many: 'секунд',
          other: 'секунды',
        })
      : h < 1
        ? countOf(Math.max(1, Math.round(h * 60)), {
            one: 'минуту',
            few: 'минуты',
            many: 'минут',
            other: 'минуты',
          })
        : countOf(Math.round(h * 10) / 10, { one: 'час', few: 'часа', many: 'часов', other: 'часа' }),
  before: 'Исходная',
  after: 'Ваша',
  change: 'Разница',
  columnEvents: 'Событий в сутки',
  columnBytes: 'Байт в сутки',
  columnEventsTotal: 'Событий',
  columnBytesTotal: 'Байт',
  eventsDelta: (n) => signedNumber(n),
  changeLine: (requests, events, bytes) =>
    `${countOf(requests, REQUEST)} журнала: ${signedNumber(events)} ${countOfWord(events)}, ${bytes}`,
  changeLineDay: (events, bytes) => `${signedNumber(events)} ${countOfWord(events)}, ${bytes} в сутки`,
  lowerBound:
    'не меньше: в журнале нет тел этих запросов, поэтому байты, которые добавляет этот уровень, не посчитаны',
  notMeasured: 'Не измерено: для этого класса запросов нет правила, которым его можно посчитать.',
  approximate:
    'Приблизительно: анализатор сохранил не все подробности журнала; для точных цифр прочитайте журнал заново в «Анализе журнала».',
  noLog:
    'Загрузите журнал в «Анализе журнала», чтобы увидеть, что каждое изменение добавляет или убирает за сутки.',
  comparing: 'Сравниваем…',
  updating: 'Измеряем на журнале…',
}

function countOfWord(n: number): string {
  const words = countOf(Math.abs(n), EVENT)
  return words.slice(words.indexOf(' ') + 1)
}
