// Every user-facing string of the app, in Russian: the same shape as en.ts (`Strings`), chosen in index.ts.
// Written for a Kubernetes admin: API field names, levels, verbs, group names and YAML stay literal.
import type { Strings } from './en.ts'
import { countOf } from './format.ts'
import { keepwork } from './ru/keepwork.ts'
import { workerFailures } from './ru/workerFailures.ts'
import { savedWork } from './ru/savedWork.ts'
import { hints } from './ru/hints.ts'
import { schemaDocs } from './ru/schemaDocs.ts'
import { keeptext } from './ru/keeptext.ts'
import { importing } from './ru/importing.ts'
import { notices } from './ru/notices.ts'
import { presetTexts } from './ru/presetTexts.ts'
import { verify } from './ru/verify.ts'
import { dkpBuiltin } from './ru/dkpBuiltin.ts'

export const ru: Strings = {
  keeptext,
  importing,
  notices,
  presetTexts,
  app: {
    title: 'Конструктор политики аудита',
    tagline:
      'Составьте политику аудита Kubernetes, посмотрите, что она записывает, и передайте её в Deckhouse.',
    offline: 'Всё остаётся в вашем браузере.',
    themeToDark: 'Тёмная тема',
    themeToLight: 'Светлая тема',
    editorRegion: 'Редактор политики',
    previewRegion: 'Результат',
    toolsRegion: 'Инструменты',
    toolsEnlarge: 'Развернуть панель инструментов',
    toolsRestore: 'Вернуть место результату',
    language: 'Язык',
  },
  kubernetesVersion: {
    label: 'Версия Kubernetes',
    option: (v: string, isDefault: boolean) => (isDefault ? `${v} (по умолчанию)` : v),
    help: (fallback: string, dkpRelease: string, dkp: boolean) =>
      dkp
        ? `DKP ${dkpRelease} устанавливает Kubernetes ${fallback}, если в кластере не задано иное; проверка, подсказки и симулятор следуют выбранной здесь версии.`
        : 'Проверка, подсказки и симулятор следуют выбранной здесь версии.',
  },
  target: {
    label: 'Куда',
    'kube-apiserver': 'Kubernetes',
    deckhouse: 'Deckhouse',
    help: {
      'kube-apiserver':
        'Файл передаётся kube-apiserver в --audit-policy-file. Неизвестные поля там пропускаются, а ошибки не дают ему запуститься.',
      deckhouse:
        'DKP строго читает политику из Secret kube-system/audit-policy и ставит ваши правила между своими встроенными.',
    },
  },
  policySettings: {
    heading: 'Настройки политики',
    omitStages: 'omitStages политики',
    omitStagesHelp:
      'Стадии, которые не записывает ни одно правило, например RequestReceived (у каждого запроса есть и ResponseComplete).',
    omitManagedFields: 'omitManagedFields политики',
    omitManagedFieldsHelp: 'Не включать managedFields в записываемые тела запросов и ответов.',
  },
  rules: {
    heading: 'Правила',
    matchOrder:
      'Срабатывает первое совпавшее: запрос получает level первого подходящего правила сверху вниз.',
    add: 'Добавить правило',
    count: (n: number) => countOf(n, { one: 'правило', few: 'правила', many: 'правил', other: 'правила' }),
    collapseAll: 'Свернуть все',
    expandAll: 'Развернуть все',
    emptyTitle: 'Правил пока нет',
    emptyBody:
      'Политика — это список правил, которые проверяются сверху вниз. Добавьте правило или начните с готового набора и измените его:',
    ruleName: (n: number) => `Правило ${n}`,
    moveUp: 'Переместить правило вверх',
    moveDown: 'Переместить правило вниз',
    duplicate: 'Дублировать правило',
    delete: 'Удалить правило',
    collapse: 'Свернуть правило',
    expand: 'Развернуть правило',
    dragHandle: (n: number) => `Перетащить правило ${n}`,
    deleted: (n: number) => `Правило ${n} удалено`,
    undo: 'Отменить',
    problems: (n: number) =>
      countOf(n, { one: 'проблема', few: 'проблемы', many: 'проблем', other: 'проблемы' }),
    dnd: {
      instructions:
        'Чтобы переместить правило, нажмите пробел или Enter, чтобы взять его, двигайте стрелками вверх и вниз, затем нажмите пробел или Enter, чтобы отпустить, или Escape для отмены.',
      pickedUp: (from: number) => `Правило ${from} взято.`,
      over: (from: number, to: number) => `Правило ${from} над позицией ${to}.`,
      dropped: (from: number, to: number) => `Правило ${from} перемещено на позицию ${to}.`,
      cancelled: (from: number) => `Перемещение правила ${from} отменено.`,
    },
  },
  summary: {
    separator: ' · ',
    everyone: 'все',
    users: (v: string, n: number) => (n === 1 ? `пользователь ${v}` : `пользователи ${v}`),
    usersMany: (n: number) =>
      countOf(n, { one: 'пользователь', few: 'пользователя', many: 'пользователей', other: 'пользователя' }),
    groups: (v: string, n: number) => (n === 1 ? `группа ${v}` : `группы ${v}`),
    groupsMany: (n: number) => countOf(n, { one: 'группа', few: 'группы', many: 'групп', other: 'группы' }),
    everyVerb: 'все verbs',
    verbs: (v: string) => v,
    everything: 'все запросы',
    resources: (v: string) => v,
    coreGroup: 'core',
    groupAll: (group: string) => `${group} (все)`,
    resourcesMany: (n: number) =>
      countOf(n, {
        one: 'группа ресурсов',
        few: 'группы ресурсов',
        many: 'групп ресурсов',
        other: 'группы ресурсов',
      }),
    namespaces: (v: string) => `в ${v}`,
    urls: (v: string) => `URL ${v}`,
    omit: (v: string) => `без ${v}`,
  },
  fields: {
    level: 'level',
    users: 'users',
    userGroups: 'userGroups',
    verbs: 'verbs',
    namespaces: 'namespaces',
    nonResourceURLs: 'nonResourceURLs',
    omitStages: 'omitStages',
    omitManagedFields: 'omitManagedFields',
    note: 'Заметка',
    resources: 'resources',
    apiGroup: 'group',
    resourceNames: 'resourceNames',
    addResourceGroup: 'Добавить группу ресурсов',
    removeResourceGroup: 'Удалить группу ресурсов',
    resourceGroupName: (n: number) => `Группа ресурсов ${n}`,
    resourcesHeading: 'resources',
    resourcesHelp: 'Оставьте пустым, чтобы правило подходило к любому запросу к ресурсам.',
    coreGroupLabel: '"" (core)',
    noLevel: '(без level)',
    coreGroupHelp: 'Пусто — группа core (pods, secrets, …), в YAML пишется group: "".',
    groupHelp: 'API group без версии, например apps или rbac.authorization.k8s.io.',
    resourceListHelp: 'Пусто — все ресурсы группы. pods/* — все подресурсы pods.',
    resourceNamesHelp: 'Имена объектов; нужен хотя бы один ресурс.',
    noteHelp: 'Сохраняется комментарием над правилом в YAML.',
    chipHelp: 'Введите значение и нажмите Enter или запятую; можно вставить список.',
    usersHelp: 'Пусто — любой пользователь.',
    userGroupsHelp: 'Пусто — любая группа.',
    verbsHelp: 'Пусто — любой verb. get не включает ни list, ни watch.',
    verbsNonResourceHelp: 'Для URL verb — это HTTP-метод в нижнем регистре: get, post, put, …',
    namespacesHelp:
      'Пусто — любой namespace и запросы к cluster-scoped ресурсам; "" — только cluster-scoped.',
    urlsHelp: 'Пути вида /healthz или /api*; * только в конце.',
    omitStagesHelp: 'Добавляются к стадиям из настроек политики.',
    exclusiveResources:
      'Это правило описывает non-resource URLs, поэтому в нём не может быть resources или namespaces: API-сервер отвергает правило, где есть и то и другое.',
    exclusiveUrls:
      'Это правило описывает resources или namespaces, поэтому в нём не может быть non-resource URLs: API-сервер отвергает правило, где есть и то и другое.',
    exclusiveBoth: 'Выберите одно: удалите non-resource URLs или resources и namespaces.',
    omitManagedFieldsUnset: 'Не задано (как в настройках политики)',
    omitManagedFieldsTrue: 'true: убрать managedFields',
    omitManagedFieldsFalse: 'false: оставить managedFields',
  },
  levels: {
    None: 'Не записывать подходящие запросы.',
    Metadata: 'Кто, что, когда и результат; без тел.',
    Request: 'Метаданные и тело запроса; без тела ответа.',
    RequestResponse: 'Метаданные, тела запроса и ответа: больше всего подробностей и объёма.',
  },
  preview: {
    tabs: { policy: 'Policy', secret: 'Secret', moduleConfig: 'ModuleConfig', commands: 'Команды' },
    tabsLabel: 'Результаты',
    copy: 'Копировать',
    download: 'Скачать',
    copied: 'Скопировано в буфер обмена',
    copyFailed: 'Не удалось скопировать: выделите текст и скопируйте вручную',
    downloaded: (file: string) => `Сохранён ${file}`,
    loadingEditor: 'Простой текст (редактор загружается)',
    errorsTitle: {
      'kube-apiserver': 'kube-apiserver не запустится с этой политикой',
      deckhouse: 'DKP примет этот Secret, а затем kube-apiserver не запустится ни на одном master-узле',
    },
    descriptions: {
      policy: {
        'kube-apiserver': 'Файл политики для kube-apiserver --audit-policy-file.',
        deckhouse:
          'Политика, которую DKP читает из Secret (её правила встают между встроенными правилами DKP).',
      },
      secret: 'Secret kube-system/audit-policy: DKP читает политику в base64 из ключа audit-policy.yaml.',
      moduleConfig: 'ModuleConfig control-plane-manager включает политику.',
      commands: 'Выполните их в командной оболочке с доступом к кластеру.',
    },
    dkpOnly:
      'Для кластеров Deckhouse. В обычном Kubernetes передайте файл политики kube-apiserver через --audit-policy-file.',
    tool: 'Утилита командной строки',
    toolD8: 'd8 k',
    toolKubectl: 'kubectl',
    downloadScript: 'Скачивается apply.sh: он использует d8 k, если он установлен, иначе kubectl.',
  },
  moduleConfig: {
    controls: 'Настройки ModuleConfig',
    basic: 'Базовая политика аудита',
    basicHelp: 'Оставить встроенные правила DKP вокруг ваших (basicAuditPolicyEnabled).',
    output: 'Вывод журнала аудита',
    outputFile: 'File',
    outputStdout: 'Stdout',
    path: 'Путь к журналу аудита',
    pathHelp: 'Каталог на master-узлах; журнал — audit.log в нём.',
    pathStdout: 'Используется только при выводе в File.',
  },
  presets: {
    button: 'Наборы',
    menuLabel: 'Готовые наборы',
    examples: 'Из документации DKP',
    designed: 'Продуманные наборы',
    confirmTitle: 'Заменить текущую политику?',
    confirmBody: (title: string) =>
      `Набор «${title}» заменит политику, над которой вы работаете (её правила и настройки). Это можно отменить.`,
    confirm: 'Заменить',
    cancel: 'Отмена',
    loaded: (title: string) => `Загружен набор «${title}»`,
    items: {
      authenticated: {
        title: 'Логировать все запросы всех аутентифицированных пользователей',
        description:
          'Одно правило Metadata для группы system:authenticated, как в документации. Документация предупреждает: не для продакшена, поток событий нагружает диски master-узлов.',
      },
      notServiceAccounts: {
        title: 'Логирование всех запросов не от сервисных аккаунтов',
        description:
          'Как в документации: Metadata для system:authenticated, затем None для system:serviceaccounts. Проверка показывает, почему второе правило никогда не срабатывает; исправленный вариант — ниже.',
      },
      standardResources: {
        title: 'Логирование всех операций со стандартными ресурсами',
        description:
          'Как в документации: Metadata для deployments, daemonsets, statefulsets, replicasets, jobs, cronjobs и всех ресурсов core (без подресурсов apps и batch).',
      },
      minimal: {
        title: 'Минимальный (Metadata, без RequestReceived)',
        description: 'Всё на уровне Metadata, одно событие на запрос.',
      },
      baseline: {
        title: 'Рекомендуемая основа',
        description:
          'Пропускает проверки здоровья, events, leases и endpoints; Secrets, ConfigMaps и токены — только Metadata; запись — с телами; изменения RBAC — полностью.',
      },
      security: {
        title: 'Для безопасности',
        description:
          'Записывает каждое чтение; exec, attach и proxy — с запросами; RBAC, вебхуки, CRD и сертификаты — полностью; секреты никогда не попадают в тела.',
      },
      dkpComplement: {
        title: 'Дополнение к DKP',
        description:
          'Добавляет то, что встроенные правила DKP не записывают: exec и port-forward, чтение Secrets, RoleBindings, CRD, вебхуки, namespaces.',
      },
    },
  },
  findings: {
    showNotes: (n: number) =>
      `Показать ${countOf(n, { one: 'заметку', few: 'заметки', many: 'заметок', other: 'заметки' })}`,
    hideNotes: (n: number) =>
      `Скрыть ${countOf(n, { one: 'заметку', few: 'заметки', many: 'заметок', other: 'заметки' })}`,
    showDetails: 'Подробнее',
    hideDetails: 'Скрыть подробности',
    showItems: (n: number) =>
      `Показать все ${countOf(n, { one: 'часть', few: 'части', many: 'частей', other: 'части' })}`,
    hideItems: 'Скрыть список',
    notesAbout: (place: string) => `Заметки: ${place}`,
    notesOnPolicy: 'Заметки о политике целиком',
  },
  confirm: { ok: 'OK', cancel: 'Отмена' },
  dkpBuiltin,
  verify,
  keepwork,
  workerFailures,
  savedWork,
  hints,
  schemaDocs,
  analyzer: { tab: 'Анализ журнала' },
  compare: { tab: 'Сравнить', sharedBase: 'из ссылки' },
  chip: {
    remove: (v: string) => `Удалить ${v}`,
    invalid: 'Недопустимое значение',
    empty: '(пустая строка)',
  },
}
