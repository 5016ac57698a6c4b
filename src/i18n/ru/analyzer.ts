// Строки «Анализа журнала» по-русски: двойник en/analyzer.ts с теми же ключами и типами (tsc не пропустит
// недостающий ключ или другие параметры). Загружаются вместе с панелью (i18n/analyzer.ts).
import type { analyzer as enAnalyzer } from '../en/analyzer.ts'
import { countOf, formatNumber, formatTime, pluralForm } from '../format.ts'

const FILE = { one: 'файл', few: 'файла', many: 'файлов', other: 'файла' }
const FILES_GEN = { one: 'журнала', few: 'журналов', many: 'журналов', other: 'журнала' }
const EVENT = { one: 'событие', few: 'события', many: 'событий', other: 'события' }
const REQUEST = { one: 'запрос', few: 'запроса', many: 'запросов', other: 'запроса' }
const RULE = { one: 'правило', few: 'правила', many: 'правил', other: 'правила' }
const MINUTE = { one: 'минута', few: 'минуты', many: 'минут', other: 'минуты' }
const SERVER = { one: 'API-сервер', few: 'API-сервера', many: 'API-серверов', other: 'API-сервера' }
const ROTATED = {
  one: 'ротированный файл',
  few: 'ротированных файла',
  many: 'ротированных файлов',
  other: 'ротированного файла',
}
const DAYS_GEN = { one: 'дня', few: 'дней', many: 'дней', other: 'дня' }
const SAMPLE = {
  one: 'пример события',
  few: 'примера событий',
  many: 'примеров событий',
  other: 'примера событий',
}

/** fixed: `n` with exactly `digits` decimals, in the active language (1,5 in Russian). */
const fixed = (n: number, digits: number) =>
  formatNumber(n, { minimumFractionDigits: digits, maximumFractionDigits: digits })

export const analyzer: typeof enAnalyzer = {
  intro:
    'Перетащите сюда свой audit.log (JSON Lines, ротированные audit-*.log, как есть или в gzip), чтобы увидеть, что записывала бы редактируемая политика. Файлы читаются здесь, в браузере; никуда ничего не отправляется.',
  choose: 'Выбрать файлы',
  chooseLabel: 'Файлы журнала аудита',
  dropHere: 'или перетащите их сюда',
  dropZone: 'Область для перетаскивания журналов',
  analyzing: (files: number) => (files === 1 ? 'Анализ журнала…' : `Анализ ${countOf(files, FILES_GEN)}…`),
  progressLabel: 'Ход анализа',
  progress: (read: string, total: string, events: string, speed: string) =>
    `${read}${total ? ` из ${total}` : ''} · ${events} · ${speed}`,
  fileOf: (name: string, i: number, n: number) =>
    n > 1 ? `${name} (файл ${formatNumber(i + 1)} из ${formatNumber(n)})` : name,
  cancel: 'Отмена',
  cancelled: 'Анализ отменён. Чтобы начать заново, выберите файлы ещё раз.',
  failed: (message: string) => `Анализ остановлен: ${message}`,
  clear: 'Очистить',
  again: 'Проанализировать другие файлы',
  updating: 'Пересчёт после правки…',
  rescan: 'Прочитать заново',
  rescanNeeded: (why: string) => `Для политики в её текущем виде эти числа не точны: ${why}.`,
  notALog: (names: string) =>
    `В ${names} не найдено ни одного события аудита: это не похоже на журнал аудита Kubernetes (JSON Lines с объектами Event из audit.k8s.io).`,
  unreadable: (name: string, why: string) =>
    `${name} не удалось прочитать до конца (${why}); прочитанное учтено.`,
  summary: {
    heading: 'Сводка',
    files: (n: number, bytes: string, seconds: string) =>
      `Прочитано ${bytes} за ${seconds} с, ${countOf(n, FILE)}`,
    requests: 'Запросы',
    requestsHelp: (events: string) => `событий аудита в журнале: ${events}`,
    recorded: 'Записано сейчас',
    projected: 'С этой политикой',
    dropped: 'Не записывается',
    droppedHelp: (events: string, requests: string) => `событий: ${events}; запросов целиком: ${requests}`,
    problems: 'Строки с ошибками',
    problemsHelp: 'строки, которые не удалось разобрать',
    events: (n: number) => countOf(n, EVENT),
    lowerBound: 'не меньше',
    lowerBoundNote: (n: number) =>
      `${countOf(n, REQUEST)} ${pluralForm(n, { one: 'требует', other: 'требуют' })} больше подробностей, чем записано в журнале (например, RequestResponse при журнале уровня Metadata): объёмы в байтах — нижняя граница.`,
    estimated: (bytes: string) => `Из них ${bytes} — оценка для стадий, которых нет в журнале.`,
    overflow: (n: string) =>
      `Запросов сверх предела числа различных запросов: ${n}. Они учтены в итогах, но не в топ-списках.`,
  },
  policies: {
    label: 'Политика для отчёта',
    policy: 'Ваша политика',
    effective: 'Действующая политика DKP',
    effectiveHelp:
      'То, что kube-apiserver выполняет в DKP: встроенные правила вокруг ваших, с настройками DKP из документа.',
  },
  levels: {
    heading: 'По уровням: записано сейчас и с этой политикой',
    events: 'События аудита',
    bytes: 'Байты',
    recorded: 'Записано сейчас',
    projected: 'С этой политикой',
    tableCaption: 'Запросы, события аудита и байты по уровням',
    row: (what: string, when: string) => `${what}, ${when.toLowerCase()}`,
  },
  rules: {
    heading: 'По правилам',
    caption: 'Запросы, решённые каждым правилом, и их объём в байтах',
    rule: 'Правило',
    level: 'Уровень',
    hits: 'Запросы',
    perDay: 'За сутки, с этой политикой',
    showZero: (n: number) => `Показать ${countOf(n, RULE)} без запросов`,
    hideZero: 'Скрыть правила без запросов',
    sampleSummary: (file: string, line: number, verb: string, what: string) =>
      `${file}:${line}${verb ? ` · ${verb}` : ''}${what ? ` ${what}` : ''}`,
    recorded: 'Записано сейчас',
    projected: 'С этой политикой',
    noRule: 'Не подходит ни одно правило (не записывается)',
    ruleName: (n: number) => `Правило ${n}`,
    userRule: (n: number) => `Ваше правило ${n}`,
    builtinRule: (n: number, title: string) => `Встроенное правило DKP ${n}: ${title}`,
    samples: (n: number) => countOf(n, SAMPLE),
    hideSamples: 'Скрыть примеры',
    sampleAt: (file: string, line: number) => `${file}:${line}`,
    cut: (bytes: string) => `(обрезано; размер события ${bytes})`,
    lowerBound: 'нижняя граница: в журнале меньше подробностей, чем требует это правило',
  },
  forecast: {
    heading: 'Прогноз: журнал за сутки и история, которую хранит один API-сервер',
    caption: 'События аудита и байты за сутки и часы истории на одном API-сервере',
    what: 'Политика',
    eventsPerDay: 'Событий за сутки',
    bytesPerDay: 'Байт за сутки',
    history: 'Хранится истории',
    recorded: 'Как записано (текущая политика)',
    projected: 'С этой политикой',
    window: (from: string, to: string, span: string, servers: number) =>
      `По периоду, который охватывает журнал: с ${formatTime(from)} по ${formatTime(to)} (${span}), ${countOf(servers, SERVER)} (файлы, перекрывающиеся по времени, получены с разных серверов).`,
    rotation: (backups: number, sizeMb: number, days: number) =>
      `Ротация, как её настраивает DKP: ${countOf(backups, ROTATED)} по ${formatNumber(sizeMb)} МиБ на каждом master-узле, не дольше ${countOf(days, DAYS_GEN)} (текущий файл — сверх этого).`,
    noWindow: 'Журнал не охватывает промежутка времени (меньше двух различных меток времени): прогноза нет.',
    stops: (requests: string, bytes: string) =>
      `Перестанет записывать запросы, которые сейчас есть в журнале: ${requests} (${bytes}).`,
    starts: (requests: string) =>
      `Будет записывать подробнее, чем есть в журнале (на более высоком уровне), запросов: ${requests}.`,
    hours: (h: number) =>
      h < 1
        ? `${formatNumber(Math.round(h * 60))} мин`
        : h < 72
          ? `${fixed(h, h < 10 ? 1 : 0)} ч`
          : `${fixed(h / 24, 1)} сут.`,
  },
  open: {
    heading: (n: number) => `Запросы без завершения (${formatNumber(n)})`,
    help: 'Для этих запросов в файлах нет события ResponseComplete или Panic: запрос ещё выполнялся, когда журнал копировали (сеанс exec или attach, watch), или его конец отрезала ротация. Каждый учтён один раз, по последнему увиденному событию.',
    item: (user: string, verb: string, what: string, ns: string, name: string) =>
      `${user || '(без пользователя)'} ${verb} ${what}${ns ? ` в ${ns}` : ''}${name ? ` ${name}` : ''}`,
    more: (n: number) => `…и ещё ${formatNumber(n)}`,
  },
  notes: {
    heading: 'Примечания',
    otherVersion: (n: number) =>
      `${countOf(n, EVENT)} другой версии API аудита (v1beta1 или без версии) ${pluralForm(n, { one: 'разобрано', other: 'разобраны' })} как audit.k8s.io/v1.`,
    sameAs: (file: string, other: string) => `Содержимое ${file} совпадает с ${other}: учтено один раз.`,
    duplicates: (file: string, n: number) =>
      `${file}: ${countOf(n, EVENT)} уже ${pluralForm(n, {
        one: 'встречалось в более раннем файле и учтено',
        other: 'встречались в более раннем файле и учтены',
      })} один раз.`,
  },
  timeline: {
    heading: 'Записанный объём во времени, по уровням',
    step: (minutes: number) =>
      minutes < 60
        ? `Каждый столбец — ${countOf(minutes, MINUTE)} (UTC).`
        : `Каждый столбец — ${fixed(minutes / 60, minutes % 60 === 0 ? 0 : 1)} ч (UTC).`,
  },
  top: {
    heading: 'Топ',
    users: 'Пользователи',
    userAgents: 'Клиенты (User-Agent)',
    verbs: 'Глаголы',
    resources: 'Ресурсы',
    namespaces: 'Пространства имён',
    sources: 'Источники объёма',
    sourcesHelp: 'пользователь, глагол и ресурс — по байтам, которые записала бы эта политика',
    name: 'Имя',
    requests: 'Запросы',
    recorded: 'Записано',
    projected: 'С этой политикой',
    none: 'Нечего показать.',
    chartLabel: (list: string) => `${list}: байты с этой политикой`,
  },
  problems: {
    heading: (n: number) => `Проблемы (${formatNumber(n)})`,
    kinds: {
      malformed: 'не JSON',
      truncated: 'обрезанная последняя строка',
      tooLong: 'слишком длинная строка, пропущена',
      notAudit: 'не событие аудита',
      otherVersion: 'другая версия API аудита (разобрано как v1)',
      unreadable: 'файл прочитан не до конца',
    },
    more: (n: number) => `…и ещё ${formatNumber(n)} такого же рода`,
    where: (file: string, line: number) => (line > 0 ? `${file}:${line}` : file),
  },
  units: {
    events: (n: string) => `событий: ${n}`,
    perSecond: (mib: string) => `${mib} МиБ/с`,
  },
}
