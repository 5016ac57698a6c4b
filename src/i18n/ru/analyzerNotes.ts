// Предложения ядра анализатора по-русски (двойник en/analyzerNotes.ts): как считаются запросы, что не так со
// строкой журнала, почему пересчитанные числа не точны, и текстовый отчёт CLI. Имена полей API, уровни, стадии и
// версии API остаются как есть (auditID, ResponseComplete, Metadata, audit.k8s.io/v1).
import { CLUSTER_KEY, NO_VALUE_KEY } from '../../auditlog/types.ts'
import type { analyzerNotes as enAnalyzerNotes } from '../en/analyzerNotes.ts'
import { countOf, formatBytes, formatNumber, formatTime } from '../format.ts'

const num = (n: number) => formatNumber(Math.round(n))
const decimal = (n: number, digits: number) =>
  formatNumber(n, { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** hours: 0.4 → «24 мин», 30 → «30 ч», 400 → «16,7 сут.». */
const hours = (h: number) =>
  h < 1
    ? `${Math.round(h * 60)} мин`
    : h < 72
      ? `${decimal(h, h < 10 ? 1 : 0)} ч`
      : `${decimal(h / 24, 1)} сут.`

const FILES = { one: 'файл', few: 'файла', many: 'файлов', other: 'файла' }
const LINES = { one: 'строка', few: 'строки', many: 'строк', other: 'строки' }
const EVENTS = { one: 'событие', few: 'события', many: 'событий', other: 'события' }
const REQUESTS = { one: 'запрос', few: 'запроса', many: 'запросов', other: 'запроса' }
const SERVERS = { one: 'API-сервер', few: 'API-сервера', many: 'API-серверов', other: 'API-сервера' }
const RULES = { one: 'правило', few: 'правила', many: 'правил', other: 'правила' }

export const analyzerNotes: typeof enAnalyzerNotes = {
  stageRule: {
    oncePerAuditID:
      'Запрос (один auditID) считается один раз — по его событию ResponseComplete или Panic. Запрос, для которого в ' +
      'файлах нет такого события (ещё открыт, когда журнал копировали, или обрезан ротацией), считается один раз — ' +
      'по последнему событию с его auditID. Событие без стадии (или без auditID) считается само по себе. Одно и то ' +
      'же событие, прочитанное дважды (тот же файл дважды, пересекающиеся копии), считается один раз.',
  },
  problem: (d) => {
    switch (d.code) {
      case 'notObject':
        return `JSON, но не объект: ${d.preview}`
      case 'notJson':
        return `не JSON: ${d.preview}`
      case 'tooDeep':
        return `вложенность глубже ${num(d.depth)} уровней: ${d.preview}`
      case 'cutOff':
        return `последняя строка (${countOf(d.bytes, { one: 'байт', few: 'байта', many: 'байт', other: 'байта' })}, без перевода строки) обрезана: ${d.preview}`
      case 'tooLong':
        return `строка в ${num(d.bytes)} байт длиннее предела (${num(d.limit)}); пропущена`
      case 'noKind':
        return 'JSON-объект без "kind": не событие аудита (Event)'
      case 'otherKind':
        return `kind ${JSON.stringify(d.kind)}: не событие аудита (Event)`
      case 'noApiVersion':
        return 'Event без apiVersion (разобран как audit.k8s.io/v1)'
      case 'otherAuditVersion':
        return `apiVersion ${d.apiVersion} (разобран как audit.k8s.io/v1)`
      case 'kubernetesEvent':
        return `Event с apiVersion ${JSON.stringify(d.apiVersion)}: событие Kubernetes, а не событие аудита`
      case 'unreadable':
        return d.error || 'ошибка чтения'
    }
  },
  rescan: (r) =>
    (r.code === 'namesNotKept'
      ? 'имена объектов сохранены не для всех запросов (слишком много разных запросов), а эта политика использует resourceNames'
      : `${countOf(r.requests, REQUESTS)} сверх предела сигнатур сохранены только итогами для политик, с которыми читали журнал`) +
    ': перечитайте журналы, чтобы получить точные числа',
  report: {
    number: num,
    bytes: formatBytes,
    hours,
    read: (files, lines, bytes, seconds, mibPerSec) =>
      `Прочитано ${countOf(files, FILES)}: ${countOf(lines, LINES)}, ${bytes} за ${decimal(seconds, 1)} с` +
      (mibPerSec === null ? '' : ` (${num(mibPerSec)} МиБ/с)`),
    counted: (auditEvents, events, rule) =>
      `${countOf(auditEvents, EVENTS)} аудита, посчитано как ${countOf(events, REQUESTS)}. ${rule}`,
    stage: (stage, events, bytes) => `${stage} ${num(events)} (${bytes})`,
    stages: (list) => `Записанные стадии: ${list.join(', ')}`,
    sameAs: (file, other) => `${file}: то же содержимое, что и ${other}; посчитано один раз`,
    duplicates: (file, n) =>
      `${file}: ${countOf(n, EVENTS)} уже прочитаны в других файлах; посчитаны один раз`,
    open: (n) =>
      `${countOf(n, REQUESTS)} без ResponseComplete или Panic (ещё открыты или обрезаны ротацией), посчитаны по последнему событию:`,
    openItem: (file, line, user, verb, resource, ns, name) =>
      `  ${file}, строка ${line}: ${user || '(нет пользователя)'} ${verb} ${resource}${ns ? ` в ${ns}` : ''}${name ? ` ${name}` : ''}`,
    rotation: (backups, sizeMb, days) =>
      `${backups} файлов ротации по ${sizeMb} МиБ, не старше ${countOf(days, { one: 'дня', few: 'дней', many: 'дней', other: 'дня' })}`,
    window: (from, to, span, servers) =>
      `Интервал: с ${formatTime(from)} по ${formatTime(to)} (${span}), ${countOf(servers, SERVERS)}.`,
    asRecorded: (events, bytes) => ` Как записано: ${countOf(events, EVENTS)}, ${bytes} в сутки`,
    history: (span, rotation) => `; диск одного API-сервера хранит историю за ${span} (${rotation}).`,
    problemsHeading: 'Проблемы (ни одна не остановила анализ):',
    noProblems: 'Проблем во входных данных не найдено.',
    notesHeading: 'Замечания:',
    kinds: {
      malformed: 'повреждены (не JSON)',
      truncated: 'обрезанная последняя строка',
      tooLong: 'слишком длинные, пропущены',
      notAudit: 'не события аудита',
      otherVersion: 'другая версия API аудита (разобраны)',
      unreadable: 'файл прочитан не до конца',
    },
    where: (file, lines) => (lines.some((l) => l > 0) ? `${file}, строки ${lines.join(', ')}` : file),
    kindLine: (count, kind, where, more) => `  ${num(count)} — ${kind}: ${where}${more ? ', …' : ''}`,
    example: (text) => `    например: ${text}`,
    notExact: (why) => `Не точно: ${why}`,
    policyTitle: (id) => `Политика "${id}"`,
    levelsHeading: '  По уровням: как записано в журнале и как записала бы эта политика',
    levelColumns: ['уровень', 'запросов сейчас', 'байт сейчас', 'запросов', 'событий', 'байт'],
    total: 'итого',
    rulesHeading: '  По правилам (срабатывает первое подходящее)',
    ruleColumns: ['правило', 'уровень', 'запросов', 'записано', 'запишет', 'в сутки'],
    noRule: '(ни одно правило не подходит: None)',
    rule: (n) => `правило ${n}`,
    atLeast: ' (не меньше)',
    hidden: (n) => `  (не показаны ${countOf(n, RULES)} без запросов)`,
    drop: (requests, events, bytes) =>
      `  Не запишет ${countOf(requests, REQUESTS)} совсем; ${countOf(events, EVENTS)} из записанных (${bytes}) не будут записаны.`,
    write: (events, bytes, saved, less) =>
      `  Запишет ${countOf(events, EVENTS)}, ${bytes} (на ${saved} ${less ? 'меньше' : 'больше'}, чем записано).`,
    raised: (n) => `  Запишет ${countOf(n, REQUESTS)} подробнее, чем есть в журнале (более высокий уровень).`,
    forecast: (events, bytes) => `  Прогноз: ${countOf(events, EVENTS)}, ${bytes} в сутки`,
    estimated: (bytes) =>
      `  Из них ${bytes} — оценка для стадий, которых нет в журнале (например, RequestReceived).`,
    lowerBound: (n) =>
      `  Нижняя граница: для ${countOf(n, REQUESTS)} эта политика требует тела, которых нет в журнале (уровень был ниже); на деле байт больше.`,
    topColumns: ['', 'запросов', 'записано', 'эта политика'],
    top: {
      users: '  Больше всего: пользователи',
      userAgents: '  Больше всего: клиенты (User-Agent)',
      verbs: '  Больше всего: глаголы (verbs)',
      resources: '  Больше всего: ресурсы',
      namespaces: '  Больше всего: пространства имён',
      sources: '  Источники объёма (пользователь, verb, ресурс) по байтам, которые запишет эта политика',
    },
    topKey: (key) => (key === NO_VALUE_KEY ? '(нет)' : key === CLUSTER_KEY ? '(кластер)' : key),
  },
  titles: {
    policy: (file, dkp) => `Политика ${file}${dkp ? ' (только ваши правила)' : ''}`,
    effective: (basic) =>
      `Действующая политика DKP (встроенные правила${basic ? '' : ' выключены'} + ваши правила)`,
  },
}
