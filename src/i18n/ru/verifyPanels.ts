// Строки панелей «Проверить запрос» и «Действующая политика» по-русски: двойник en/verify-panels.ts с теми же
// ключами и типами. Загружаются вместе с панелями (../verify.ts).
import type { effective as enEffective, simulatorPanel as enSimulatorPanel } from '../en/verifyPanels.ts'
import { countOf, formatNumber, pluralForm } from '../format.ts'

const RULE = { one: 'правило', few: 'правила', many: 'правил', other: 'правила' }
const REQUEST = { one: 'запрос', few: 'запроса', many: 'запросов', other: 'запроса' }
const PASSES = { one: 'проходит', other: 'проходят' }

export const simulatorPanel: typeof enSimulatorPanel = {
  resultLabel: 'Результат проверки',
  level: 'Уровень',
  logged: 'записывается',
  notLogged: 'не записывается',
  showRule: (n) => `Показать правило ${n}`,
  againstKube: (n) =>
    `Проверено по вашей политике так, как её выполняет kube-apiserver (${countOf(n, RULE)}).`,
  againstDkp: (n, yours) =>
    `Проверено по действующей политике DKP: ${countOf(n, RULE)}, из них ваших — ${formatNumber(yours)}, между встроенными правилами DKP.`,
  verdict: {
    notAudited:
      'В аудит ничего не записывается: при basicAuditPolicyEnabled: false и без ваших правил DKP не передаёт kube-apiserver флаги аудита.',
    noMatch: 'Этому запросу не подходит ни одно правило, поэтому он не записывается в аудит.',
    user: (n, level, dkp) =>
      (level === 'None'
        ? `Первое подходящее правило — ваше правило ${n}, и его уровень None: запрос не записывается в аудит.`
        : `Первое подходящее правило — ваше правило ${n}: запись на уровне ${level}.`) +
      (dkp ? ' Ни одно из встроенных правил DKP перед ним не подошло.' : ''),
    builtinHead: (n, title, level) =>
      level === 'None'
        ? `Встроенное правило DKP ${n} (${title}) срабатывает раньше, чем проверяется любое ваше правило, и отбрасывает запрос. Ваше правило этого не изменит; изменить это может только basicAuditPolicyEnabled: false.`
        : `Встроенное правило DKP ${n} (${title}) срабатывает раньше, чем проверяется любое ваше правило: ${level}. Ваше правило не может изменить этот уровень.`,
    builtinTail: (n, title, level) =>
      level === 'None'
        ? `Не записывается: ни встроенные, ни ваши правила не охватывают этот запрос с аутентификацией, поэтому его отбрасывает встроенное правило DKP ${n} (${title}). Чтобы записывать его, добавьте правило.`
        : `Ни одно из предыдущих правил не подошло, поэтому встроенное правило DKP ${n} (${title}) записывает его на уровне ${level}.`,
  },
  // After a colon Russian goes on in lower case: «…: ваше правило 6, встроенное правило DKP 28».
  alsoMatched: (names) =>
    `${names.length === 1 ? 'Тоже подходит, но стоит дальше и не решает' : 'Тоже подходят, но стоят дальше и не решают'}: ${names.map((n) => n.charAt(0).toLowerCase() + n.slice(1)).join(', ')}.`,
  userRulesIgnored:
    'auditPolicyEnabled в ModuleConfig равен false: DKP игнорирует Secret и выполняет только свои встроенные правила.',
  stages: (stages) =>
    stages.length === 0 ? 'Записываются все стадии.' : `Пропускаемые стадии: ${stages.join(', ')}.`,
  managedFields: (omit) =>
    omit
      ? 'managedFields вырезаются из тел запроса и ответа.'
      : 'managedFields остаются в телах запроса и ответа.',
  noUser: '(без пользователя)',
  inNamespace: (ns) => ` в ${ns}`,
  quickPicks: {
    label: 'Быстрый выбор:',
    items: {
      getPods: 'kubectl get pods',
      exec: 'kubectl exec',
      execWebSocket: 'kubectl exec через WebSocket (kubectl 1.30+, GET)',
      serviceAccount: 'Сервисный аккаунт читает Secret',
      anonymous: 'Анонимный запрос',
      healthz: '/healthz',
    },
  },
  paste: {
    label: 'Вставьте событие аудита или метод и URL',
    placeholder:
      '{"kind":"Event","verb":"get","requestURI":"/api/v1/…",…}  или  GET /api/v1/namespaces/default/pods',
    help: 'Одна JSON-строка из audit.log заполняет все поля; «GET /healthz» оставляет пользователя и группы как есть.',
    fill: 'Заполнить форму',
    filled: {
      event: 'Заполнено по событию аудита.',
      attributes: 'Заполнено по атрибутам запроса.',
      http: 'Заполнено по методу и URL (пользователь и группы сохранены).',
    },
    errors: {
      empty: 'вставьте событие аудита (одну строку JSON) или метод и URL',
      'not-json': 'это не корректный JSON: вставьте одно событие аудита на строку',
      'not-object': 'ожидался объект JSON (одно событие аудита)',
      'not-event': 'это не событие аудита: нужны как минимум "verb" и "requestURI"',
      'nested-list': 'EventList внутри EventList — не событие аудита',
      'empty-list': 'в EventList нет событий',
      'not-request': 'ожидалось событие аудита (JSON) или метод и URL, например GET /healthz',
      'too-deep': (depth) =>
        `вложенность этого JSON глубже ${formatNumber(depth)} уровней: это не событие аудита`,
    },
  },
  fields: {
    user: 'Пользователь',
    userHelp: 'Имя аутентифицированного пользователя (при impersonation — того, кто её выполняет).',
    noUser: 'Без пользователя (аутентификация не прошла)',
    groups: 'Группы',
    groupsHelp: 'Группы пользователя, например system:authenticated.',
    groupsNoUser: 'У запроса без пользователя нет групп.',
    addedGroups: (groups) =>
      `kube-apiserver добавляет этому пользователю: ${groups.join(', ')} (уберите одну, чтобы проверить идентичность, которую API-сервер никогда не выдаёт).`,
    kind: 'Тип запроса',
    resourceRequest: 'Ресурс',
    nonResourceRequest: 'Нересурсный URL',
    verb: 'Глагол',
    verbHelp: 'get, list, watch, create, update, patch, delete, …',
    verbUrlHelp: 'HTTP-метод в нижнем регистре: get, post, put, …',
    apiGroup: 'Группа API',
    apiGroupHelp: 'Пусто — группа core.',
    resource: 'Ресурс',
    subresource: 'Подресурс',
    namespace: 'Пространство имён',
    namespaceHelp: 'Пусто для запроса уровня кластера.',
    name: 'Имя',
    nameHelp: 'Пусто для list, watch и create.',
    path: 'Путь',
    pathHelp: 'например, /healthz, /metrics, /version',
  },
  trace: {
    heading: 'Почему не более раннее правило',
    none: 'Решает первое правило: перед ним правил нет.',
    rule: (n) => `Правило ${n}`,
    yourRule: (n) => `Ваше правило ${n}`,
    builtin: (n, title) => `Встроенное правило DKP ${n} (${title})`,
    headFolded: (n) => `Встроенные правила DKP 1–${n}: ни одно не подходит.`,
    showWhy: 'Показать почему',
    hideWhy: 'Скрыть',
    showAll: (n) => `Показать все ${formatNumber(n)}`,
  },
  saved: {
    heading: 'Сохранённые тестовые запросы',
    name: 'Название (необязательно)',
    save: (level) => `Сохранить с ожидаемым уровнем ${level}`,
    empty:
      'Сохраняйте запросы с уровнем, который они должны получать: каждая правка проверяет их заново, а изменившийся уровень будет показан здесь красным.',
    summary: (pass, fail) =>
      fail === 0
        ? pass === 1
          ? 'Запрос проходит.'
          : `Все ${countOf(pass, REQUEST)} проходят.`
        : `${countOf(fail, REQUEST)} не ${pluralForm(fail, PASSES)}, ${formatNumber(pass)} ${pluralForm(pass, PASSES)}.`,
    columns: {
      request: 'Запрос',
      expected: 'Ожидается',
      actual: 'Сейчас',
      result: 'Результат',
      actions: 'Действия',
    },
    expectedFor: (name) => `Ожидаемый уровень для ${name}`,
    pass: 'Проходит',
    fail: (expected, actual) => `Не проходит: ожидается ${expected}, получает ${actual}`,
    load: 'Загрузить',
    loadNamed: (name) => `Загрузить ${name}`,
    remove: 'Удалить',
    removeNamed: (name) => `Удалить ${name}`,
  },
}

export const effective: typeof enEffective = {
  dkpOnly:
    'Действующая политика — это взгляд со стороны Deckhouse: в DKP ваши правила выполняются между встроенными правилами DKP 1–27 и 28–29. В Kubernetes kube-apiserver выполняет вашу политику ровно так, как она показана на вкладке «Политика».',
  switchToDkp: 'Переключить цель на Deckhouse',
  summary: (all, head, yours, tail) =>
    `kube-apiserver выполняет ${countOf(all, RULE)}, решает первое подошедшее: встроенных до ваших — ${formatNumber(head)}, ваших — ${formatNumber(yours)}, встроенных после — ${formatNumber(tail)}.`,
  omitStages: (stages) => `Пропускаемые стадии для всех правил: ${stages.join(', ')}.`,
  userPolicyOff:
    'auditPolicyEnabled в ModuleConfig равен false: DKP игнорирует Secret, поэтому ни одно ваше правило не выполняется.',
  nothingAudited:
    'Правил нет совсем: при basicAuditPolicyEnabled: false и без ваших правил DKP не передаёт kube-apiserver флаги аудита, и в аудит ничего не записывается.',
  basicOff: 'basicAuditPolicyEnabled равен false: ваши правила — это вся политика.',
  headTitle: (n) => `Встроенные правила DKP 1–${n}`,
  headDescription:
    'Проверяются до ваших: что бы они ни охватили, ваше правило этого не изменит (свёрнуты; раскройте, чтобы прочитать).',
  userTitle: (n) => `Ваши правила (${formatNumber(n)})`,
  userDescription: (basic) =>
    basic
      ? 'Из Secret kube-system/audit-policy, в вашем порядке, после встроенных правил выше.'
      : 'Из Secret kube-system/audit-policy, в вашем порядке.',
  noUserRules: 'Ваших правил нет.',
  tailTitle: 'Встроенные правила DKP 28–29',
  tailDescription:
    'Проверяются после ваших: запрос с аутентификацией, которому не подошло ни одно правило выше, не записывается (28); запросы без аутентификации записываются на уровне Metadata (29).',
  position: (n) => `#${n}`,
  builtinName: (n) => `Встроенное правило ${n}`,
  yourRule: (n) => `Ваше правило ${n}`,
  builtinNote: (n, title) => `Встроенное правило DKP ${n}: ${title}`,
  release: (release) =>
    `Встроенные правила в том виде, в каком их формирует DKP ${release} (нумерация как в файле политики на master-узлах; начиная с 20 — на единицу больше, чем в списке правил DKP, где нет правила 20 для kubectl logs).`,
}
