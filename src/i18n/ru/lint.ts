// Слова линтера по-русски: заголовок каждой находки (не длиннее 140 символов при любых значениях) с подробностями
// и каждое исправление. Поля API, уровни, глаголы, группы и YAML остаются как есть; сообщения kube-apiserver
// приводятся так, как их пишет сервер. Номера правил здесь с 1, индексы в `say` — с 0.
import type { BuiltinRef } from '../../policy/dkpBuiltin.ts'
import { hints } from './hints.ts'
import type {
  Narrowing,
  OverlapPart,
  OverlapScope,
  RequestExample,
  ShadowHow,
} from '../../policy/lintMessages.ts'
import type { lint as enLint, Words } from '../en/lint.ts'
import { countOf, formatNumber, numberList } from '../format.ts'
import { cutList, q, requestText, short, type Fix, type Say } from '../lintValues.ts'
import { titleOf } from '../en/dkpBuiltin.ts'
import { dkpBuiltin } from './dkpBuiltin.ts'

const rule = (i: number) => `Правило ${formatNumber(i + 1)}`
const ruleRef = (i: number) => `правило ${formatNumber(i + 1)}`
/** ruleOf: «правила 4» (родительный падеж). */
const ruleOf = (i: number) => `правила ${formatNumber(i + 1)}`

/** listText: до `max` значений, затем «и ещё N»; "" показывается как "". */
const listText = (values: readonly string[], max = 3) => cutList(values, max, (n) => `и ещё ${n}`)

/** groupText: основная группа — «core», `*` — «любая группа». */
const groupText = (g: string) => (g === '' ? 'core' : g === '*' ? 'любая группа' : g)

const orList = (l: readonly string[]) => l.join(' или ')

const builtin = (b: BuiltinRef) => `встроенное правило DKP ${b.number}`
const Builtin = (b: BuiltinRef) => `Встроенное правило DKP ${b.number}`

function builtinIs(b: BuiltinRef): string[] {
  if (!b.shipped && b.note === undefined) return []
  return [`${Builtin(b)} — «${titleOf(dkpBuiltin, b)}».`]
}

function shadowReason(i: number, j: number, how: ShadowHow): string {
  let why: string
  if (how.same) why = 'Оба правила выбирают одни и те же запросы'
  else if (how.catchAll) why = `${rule(i)} подходит для любого запроса`
  else if (how.looser.length > 0) why = `У ${ruleOf(i)} нет ограничения по ${orList(how.looser)}`
  else why = `Значения ${how.restricted.join(', ')} ${ruleOf(i)} включают все значения ${ruleOf(j)}`
  if (how.wildcard)
    why += `; ${short(how.wildcard, 40)} подходит и для самого ${short(how.wildcard.slice(0, -2), 38)}`
  return `${why}.`
}

const addedReason = (other: string, j: number, added: readonly string[]) =>
  added.length > 0
    ? `kube-apiserver добавляет ${listText(
        added.map((g) => short(g, 32)),
        2,
      )} каждой учётной записи, которую выбирает ${ruleRef(j)}, а ${other} выбирает ${added.length > 1 ? 'эти группы' : 'эту группу'}.`
    : `Каждую учётную запись, которую выбирает ${ruleRef(j)}, выбирает и ${other}.`

const ownPolicy = (userLevel: string) =>
  `${userLevel === 'None' ? 'Чтобы не логировать эти запросы' : `Чтобы логировать эти запросы на уровне ${userLevel}`}, пришлось бы задать basicAuditPolicyEnabled: false и написать всю политику самому.`

const OTHER_VALUES: Record<Narrowing['field'], string> = {
  verbs: 'глаголов (verbs)',
  namespaces: 'неймспейсов (namespaces)',
  users: 'пользователей (users)',
  userGroups: 'групп (userGroups)',
  nonResourceURLs: 'URL (nonResourceURLs)',
}

function narrowText(n: Narrowing): string {
  const shown =
    n.field === 'namespaces' ? n.values.map((v) => (v === '' ? '"" (кластерные ресурсы)' : v)) : n.values
  return listText(shown, 4)
}

function scopeText(s: OverlapScope): string {
  let text = s.verbs ? `запросы ${listText(s.verbs, 4)}` : 'запросы'
  if (s.resources) {
    const names = s.resources.map(
      (r) =>
        `${groupText(r.group)} ${r.resource ?? 'все ресурсы'}${r.names ? ` с именем ${listText(r.names, 2)}` : ''}`,
    )
    text += ` к ${listText(names, 3)}`
  }
  if (s.namespaces) text += ` в ${listText(s.namespaces)}`
  if (s.users) text += ` от ${listText(s.users, 2)}`
  if (s.userGroups) text += ` от группы ${listText(s.userGroups, 2)}`
  if (s.urls) text += ` к ${listText(s.urls)}`
  return text
}

/** exampleText: a short description of a request, e.g. "get widgets.example.com в default". */
export const exampleText = (r: RequestExample) => requestText(r, 'в')

const STAR_NOUNS: Record<string, string> = {
  users: 'пользователю',
  userGroups: 'группе',
  verbs: 'глаголу',
  namespaces: 'неймспейсу',
  resourceNames: 'имени',
}

const fate = (b: BuiltinRef) => (b.level === 'None' ? 'не логируются' : `логируются на уровне ${b.level}`)

/** narrowAdvice: что, скорее всего, задумано в правиле, которое пересекается со встроенными правилами. */
function narrowAdvice(s: Say<'dkpOverlap'>): string {
  const ns = s.narrow ?? []
  if (ns.length === 0)
    return s.parts.some((p) => p.explicit)
      ? `Если ${ruleRef(s.rule)} задумано для остальных запросов, сузьте его, чтобы эти в него не попадали.`
      : 'Остальные свои запросы оно по-прежнему решает — скорее всего, это и задумано.'
  const other = ns.length === 1 ? OTHER_VALUES[ns[0]!.field] : 'запросов'
  const remove = ns.map((n, i) => `${i === 0 ? 'из его' : 'из'} ${n.field} ${narrowText(n)}`).join(', ')
  return `Скорее всего, ${ruleRef(s.rule)} задумано для остальных ${other}: уберите ${remove} (уровень ни одного запроса не изменится).`
}

/** overlapsOne: одно встроенное правило забирает часть того, что правило перечисляет явно. */
function overlapsOne(s: Say<'dkpOverlap'>, p: OverlapPart): Words {
  const b = p.builtin
  return {
    headline: `${rule(s.rule)} пересекается со встроенным правилом DKP ${b.number}: оно раньше забирает часть запросов, и они ${fate(b)}.`,
    details: [
      ...builtinIs(b),
      `Это ${scopeText(p.scope)}; ваше правило (${s.level}) не может изменить их уровень.`,
      narrowAdvice(s),
      ownPolicy(s.level),
    ],
  }
}

/** overlapsOpen: одно встроенное правило забирает часть того, что правило оставляет открытым. */
function overlapsOpen(s: Say<'dkpOverlap'>, p: OverlapPart): Words {
  return {
    headline: `${rule(s.rule)} (${s.level}) не может изменить уровень части своих запросов: их раньше решает ${builtin(p.builtin)}.`,
    details: [
      `Это ${scopeText(p.scope)} (встроенное правило ${p.builtin.number}: ${fate(p.builtin)}).`,
      narrowAdvice(s),
      ownPolicy(s.level),
    ],
  }
}

/** overlapsMany: части правила забирают несколько встроенных правил: заголовок и каждое из них в списке. */
function overlapsMany(s: Say<'dkpOverlap'>): Words {
  const numbers = s.parts.map((p) => String(p.builtin.number))
  const count = countOf(numbers.length, {
    one: 'встроенным правилом',
    few: 'встроенными правилами',
    many: 'встроенными правилами',
    other: 'встроенными правилами',
  })
  return {
    headline: `${rule(s.rule)} (${s.level}) пересекается с ${count} DKP (${listText(numbers, 4)}): они раньше решают часть его запросов.`,
    details: [
      'Уровень вашего правила к этим запросам не применяется; в списке — какие запросы забирает каждое встроенное правило.',
      narrowAdvice(s),
      ownPolicy(s.level),
    ],
    items: s.parts.map((p) => {
      const title =
        p.builtin.shipped || p.builtin.note !== undefined ? ` «${titleOf(dkpBuiltin, p.builtin)}»` : ''
      return `Встроенное правило ${p.builtin.number}${title}: ${scopeText(p.scope)} — ${fate(p.builtin)}`
    }),
  }
}

const finding: (typeof enLint)['finding'] = {
  shadowed: (s: Say<'shadowed'>): Words => ({
    headline: `${rule(s.rule)} никогда не сработает: ${ruleRef(s.by)} уже подходит для каждого его запроса.`,
    reason: shadowReason(s.by, s.rule, s.how),
    details: [],
  }),
  dkpShadowed(s: Say<'dkpShadowed'>): Words {
    const b = s.builtin
    const headline = `${rule(s.rule)} никогда не сработает: ${builtin(b)} стоит раньше и подходит для каждого его запроса.`
    const about = builtinIs(b)
    if (b.level === 'None' && s.level === 'None')
      return { headline, reason: 'DKP и так не логирует эти запросы; правило лишнее.', details: about }
    if (b.level === 'None')
      return {
        headline,
        reason: 'DKP не логирует эти запросы, и ваше правило этого не изменит.',
        details: [...about, 'Выбрать их уровень самому можно только с basicAuditPolicyEnabled: false.'],
      }
    if (s.level === b.level)
      return {
        headline,
        reason: `Они уже логируются на уровне ${b.level}; правило лишнее.`,
        details: about,
      }
    return {
      headline,
      reason: `Они уже логируются на уровне ${b.level}; ваше правило не может изменить их уровень.`,
      details: [
        ...about,
        `Чтобы логировать их на уровне ${s.level}, пришлось бы задать basicAuditPolicyEnabled: false и написать всю политику самому.`,
      ],
    }
  },
  dkpShadowedTogether(s: Say<'dkpShadowedTogether'>): Words {
    const ns = s.builtins.map((b) => b.number)
    // Up to four numbers in full ("14 and 15"), more as the first three and a count: the headline stays short.
    const numbers = ns.length <= 4 ? numberList(ns, 'и') : listText(ns.map(String), 3)
    const headline = `${rule(s.rule)} никогда не сработает: встроенные правила DKP ${numbers} стоят раньше и вместе подходят для каждого его запроса.`
    const levels = [...new Set(s.builtins.map((b) => b.level))]
    const items = s.builtins.flatMap(builtinIs)
    const own = `Чтобы логировать их на уровне ${s.level}, пришлось бы задать basicAuditPolicyEnabled: false и написать всю политику самому.`
    if (levels.every((l) => l === 'None') && s.level === 'None')
      return { headline, reason: 'DKP и так не логирует эти запросы; правило лишнее.', details: [], items }
    if (levels.every((l) => l === 'None'))
      return {
        headline,
        reason: 'DKP не логирует эти запросы, и ваше правило этого не изменит.',
        details: ['Выбрать их уровень самому можно только с basicAuditPolicyEnabled: false.'],
        items,
      }
    if (levels.every((l) => l === s.level))
      return {
        headline,
        reason: `Они уже логируются на уровне ${s.level}; правило лишнее.`,
        details: [],
        items,
      }
    return {
      headline,
      reason: `Их уровень уже решают правила DKP (${levels.join(', ')}); ваше правило не может его изменить.`,
      details: [own],
      items,
    }
  },
  dkpOverlap(s: Say<'dkpOverlap'>): Words {
    if (s.parts.length > 1) return overlapsMany(s)
    return s.parts[0]!.explicit ? overlapsOne(s, s.parts[0]!) : overlapsOpen(s, s.parts[0]!)
  },
  neverFires: (s: Say<'neverFires'>): Words => ({
    headline: `${rule(s.rule)} на практике не срабатывает: ${ruleRef(s.by)} решает каждый запрос, который реальный пользователь может к нему отправить.`,
    reason: addedReason(ruleRef(s.by), s.rule, s.added),
    details: [`Поставьте ${ruleRef(s.rule)} выше ${ruleOf(s.by)} или сузьте ${ruleRef(s.by)}.`],
  }),
  neverFiresBuiltin: (s: Say<'neverFiresBuiltin'>): Words => ({
    headline: `${rule(s.rule)} на практике не срабатывает: ${builtin(s.builtin)} решает каждый запрос, который может дойти до него.`,
    reason: addedReason(builtin(s.builtin), s.rule, s.added),
    details: [
      ...builtinIs(s.builtin),
      `Сузьте ${ruleRef(s.rule)} до запросов, которые встроенное правило пропускает: уровень остальных иначе не изменить.`,
    ],
  }),
  neverMeets: (s: Say<'neverMeets'>): Words => ({
    headline: `${rule(s.rule)} на практике не срабатывает: ни одна учётная запись kube-apiserver не входит и в его users, и в его userGroups.`,
    reason: `kube-apiserver никогда не включает ${listText(
      s.users.map((u) => short(u, 32)),
      2,
    )} в ${listText(
      s.userGroups.map((g) => short(g, 32)),
      2,
    )}.`,
    details: [
      'system:anonymous входит только в system:unauthenticated; в system:serviceaccounts[:NS] — только сервисные аккаунты.',
      'Уберите users или userGroups либо согласуйте их.',
    ],
  }),
  execCreateOnly: (s: Say<'execCreateOnly'>): Words => ({
    headline: `${rule(s.rule)} пропускает современный kubectl: для ${listText(s.named)} в нём есть create, но нет get.`,
    reason:
      'kubectl 1.30+ выполняет exec, attach и cp через WebSocket (port-forward — с 1.31): это GET, в аудите verb get.',
    details: ['Добавьте get.'],
  }),
  execGetOnly: (s: Say<'execGetOnly'>): Words => ({
    headline: `${rule(s.rule)} пропускает старые клиенты: для ${listText(s.named)} в нём есть get, но нет create.`,
    reason: 'kubectl до 1.30 и SPDY-клиенты открывают их POST-запросом, в аудите verb create.',
    details: ['Добавьте create.'],
  }),
  readVolume: (s: Say<'readVolume'>): Words => ({
    headline: `${rule(s.rule)} логирует все get, list и watch всех аутентифицированных пользователей на уровне ${s.level}, и правила выше их не отсекают.`,
    reason: 'Контроллеры, kubelet и дашборды читают постоянно — это бо́льшая часть журнала аудита.',
    details: [
      'Сузьте правило: уберите чтение (verbs create, update, patch, delete), отсеките шумных читателей (system:serviceaccounts, system:nodes) правилом None выше или ограничьте его нужными ресурсами, неймспейсами или пользователями.',
    ],
  }),
  versionRollback(s: Say<'versionRollback'>): Words {
    const why = s.hint ? hints[s.hint.code](s.hint) : s.error
    return {
      headline: `Политика загружается в Kubernetes ${s.version}, но не в ${s.below}: после отката на ${s.below} kube-apiserver не запустится.`,
      reason: `В ${s.below}: ${short(why, 200)}.`,
      details: [
        ...(why.length > 200 ? [`В ${s.below}: ${why}.`] : []),
        `Если control plane откатят на минорную версию назад${s.dkp ? ' (DKP это умеет)' : ''}, kube-apiserver отвергнет эту политику и не запустится.`,
      ],
    }
  },
  sensitive: (s: Say<'sensitive'>): Words => ({
    headline: `${rule(s.rule)} логирует ${listText(s.what, 2)} на уровне ${s.level}: содержимое попадает в журнал.`,
    reason: `На уровне ${s.level} журнал хранит тела ${s.level === 'Request' ? 'запросов' : 'запросов и ответов'}, так что любой, кто его читает, видит значения секретов, токены и конфигурацию.`,
    details: [
      ...(s.what.length > 2 ? [`Оно логирует ${listText(s.what, s.what.length)} на уровне ${s.level}.`] : []),
      'Логируйте их на уровне Metadata.',
    ],
  }),
  requestReceived: (s: Say<'requestReceived'>): Words => ({
    headline: `${rule(s.rule)} логирует на уровне ${s.level}, не пропуская стадию RequestReceived: каждый его запрос пишется дважды.`,
    details: [
      'Один раз на RequestReceived и ещё раз на ResponseComplete.',
      'Добавьте RequestReceived в omitStages.',
    ],
  }),
  watchList: (s: Say<'watchList'>): Words => ({
    headline: `${rule(s.rule)} логирует ${s.verbs.join(' и ')} на уровне RequestResponse: в журнал попадает каждый объект списка или watch.`,
    details: [
      'Из-за этого такие события большие и частые.',
      `Для ${s.verbs.join(' и ')} обычно хватает Metadata.`,
    ],
  }),
  noCatchAll: (s: Say<'noCatchAll'>): Words => ({
    headline: 'Нет правила для всех запросов: запросы, которым не подходит ни одно правило, не логируются.',
    details: [
      `Например, ${exampleText(s.example)}.`,
      'Если так не задумано, добавьте последним правило только с уровнем, например Metadata.',
    ],
  }),
  noCatchAllDkp: (s: Say<'noCatchAllDkp'>): Words => ({
    headline: `Нет правила для всех запросов: аутентифицированные запросы, которым не подходит ни одно правило, отсекает ${builtin(s.builtin)}.`,
    details: [
      ...builtinIs(s.builtin),
      `Это любой аутентифицированный запрос, которому не подходит ни встроенное правило DKP, ни ваше, например ${exampleText(s.example)}.`,
      'Если так не задумано, добавьте последним правило только с уровнем, например Metadata.',
    ],
  }),
  literalStar(s: Say<'literalStar'>): Words {
    const noun = STAR_NOUNS[s.field] ?? 'значению'
    const details: string[] = []
    if (s.canLeaveOut) details.push(`Уберите ${s.field}, чтобы правило подходило любому ${noun}.`)
    if (s.serviceAccountNamespace !== undefined)
      details.push(
        `Для всех сервисных аккаунтов неймспейса ${s.serviceAccountNamespace} используйте userGroups ${q(`system:serviceaccounts:${s.serviceAccountNamespace}`)}.`,
      )
    return {
      headline: `${q('*')} в ${s.field} — не подстановка: ${q(short(s.value))} подходит только ${noun}, записанному ровно так.`,
      details,
    }
  },
  hiddenCharacters: (s: Say<'hiddenCharacters'>): Words => ({
    headline: `В значении ${s.field} есть невидимые символы: ${short(s.codePoints, 60)}.`,
    reason: 'Из-за них текст на экране может читаться не так, как его сравнивает kube-apiserver.',
    details: [
      ...(s.codePoints.length > 60 ? [`Это ${s.codePoints}.`] : []),
      `С ними, записанными явно, значение выглядит так: ${q(s.shown)}.`,
      'Ещё два разных значения могут выглядеть одинаково; удалите их, если они попали туда не намеренно.',
    ],
  }),
  subresourcesNotCovered: (s: Say<'subresourcesNotCovered'>): Words => {
    const subs = s.subresources.map((x) => `${s.resource}/${x}`)
    return {
      headline: `${q(short(s.resource, 24))} не охватывает свои подресурсы (${listText(
        subs.map((x) => short(x, 24)),
        2,
      )}).`,
      details: [
        ...(subs.length > 2 || subs.some((x) => x.length > 24)
          ? [`Его подресурсы: ${listText(subs, subs.length)}.`]
          : []),
        `Добавьте ${q(`${s.resource}/*`)}, если они тоже нужны.`,
      ],
    }
  },
  wildcardCoversParent: (s: Say<'wildcardCoversParent'>): Words => ({
    headline: `${q(`${short(s.resource, 34)}/*`)} подходит и для самого ${q(short(s.resource, 34))}, а не только для его подресурсов.`,
    details: [`Чтобы обработать ${s.resource} иначе, поставьте правило для него выше этого.`],
  }),
  groupWithVersion: (s: Say<'groupWithVersion'>): Words => ({
    headline: `Группа ${q(short(s.group, 32))} содержит версию API; в group указывают только API-группу: ${q(short(s.fixed, 32))}${s.fixed === '' ? ' (группа core)' : ''}.`,
    reason: s.group.includes('/')
      ? 'В имени группы не может быть "/", поэтому kube-apiserver политику не примет.'
      : `API-группы ${q(short(s.group, 32))} нет, поэтому эта запись не подходит ни одному запросу.`,
    details: [],
  }),
  urlStar: (s: Say<'urlStar'>): Words => ({
    headline: `${q(short(s.url, 30))}: ${q('*')} — подстановка только последним символом; с ней в другом месте kube-apiserver политику не примет.`,
    reason: `Ближайший допустимый путь, ${q(short(s.fixed, 60))}, подходит для любого пути, начинающегося с ${q(short(s.fixed.slice(0, -1), 60))}.`,
    details: [],
  }),
}

const fix: (typeof enLint)['fix'] = {
  moveUp: (s: Fix<'moveUp'>) => `Поставить ${ruleRef(s.rule)} выше ${ruleOf(s.by)}`,
  removeSame: (s: Fix<'removeSame'>) =>
    `Удалить ${ruleRef(s.rule)}: ${ruleRef(s.by)} уже логирует эти запросы так же`,
  removeSameRequests: (s: Fix<'removeSameRequests'>) =>
    `Удалить ${ruleRef(s.rule)}: оно выбирает те же запросы, что и ${ruleRef(s.by)}, которое их решает (если поднять его, скрытым окажется ${ruleRef(s.by)})`,
  removeRedundant: (s: Fix<'removeRedundant'>) =>
    s.builtin.level === 'None'
      ? `Удалить ${ruleRef(s.rule)}: ${builtin(s.builtin)} уже не логирует эти запросы`
      : `Удалить ${ruleRef(s.rule)}: ${builtin(s.builtin)} уже логирует эти запросы на уровне ${s.builtin.level}`,
  removeRedundantTogether: (s: Fix<'removeRedundantTogether'>) => {
    const numbers = numberList(
      s.builtins.map((b) => b.number),
      'и',
    )
    return s.level === 'None'
      ? `Удалить ${ruleRef(s.rule)}: встроенные правила DKP ${numbers} уже не логируют эти запросы`
      : `Удалить ${ruleRef(s.rule)}: встроенные правила DKP ${numbers} уже логируют эти запросы на уровне ${s.level}`
  },
  narrow(s: Fix<'narrow'>) {
    const [first, ...rest] = s.narrow
    const remove = [
      `${narrowText(first!)} из ${first!.field} ${ruleOf(s.rule)}`,
      ...rest.map((n) => `${narrowText(n)} из его ${n.field}`),
    ].join(' и ')
    const numbers = s.builtins.map((b) => String(b.number))
    const who =
      numbers.length === 1
        ? `раньше решает ${builtin(s.builtins[0]!)}`
        : `раньше решают встроенные правила DKP ${listText(numbers, 4)}`
    return `Убрать ${remove}: эти запросы ${who}`
  },
  addVerb: (s: Fix<'addVerb'>) => `Добавить ${s.verb} в verbs ${ruleOf(s.rule)}`,
  sensitive: (s: Fix<'sensitive'>) =>
    `Добавить выше ${ruleOf(s.rule)} правило, которое логирует ${listText(s.what, 4)} на уровне Metadata`,
  sensitiveLower: (s: Fix<'sensitiveLower'>) =>
    `Логировать ${ruleRef(s.rule)} на уровне Metadata (без тел запросов и ответов)`,
  requestReceived: (_s: Fix<'requestReceived'>) =>
    'Добавить RequestReceived в omitStages политики (действует на все правила)',
  watchListLower: (s: Fix<'watchListLower'>) =>
    `Логировать ${ruleRef(s.rule)} на уровне Metadata (ему достаются только эти запросы)`,
  watchList: (s: Fix<'watchList'>) =>
    `Добавить выше ${ruleOf(s.rule)} правило, которое логирует ${s.verbs.join(' и ')} на уровне Metadata`,
  catchAll: (_s: Fix<'catchAll'>) =>
    'Добавить последнее правило, которое логирует все остальные запросы на уровне Metadata',
  literalStar: (s: Fix<'literalStar'>) => `Убрать ${s.field} (без ограничения подходит любое значение)`,
  hiddenCharacters: (s: Fix<'hiddenCharacters'>) => `Удалить невидимые символы из этого значения ${s.field}`,
  subresources: (s: Fix<'subresources'>) =>
    `Использовать ${q(`${s.resource}/*`)} (подходит для ${s.resource} и всех его подресурсов)`,
  group: (s: Fix<'group'>) => `Задать group ${q(s.fixed)}`,
  urlStar: (s: Fix<'urlStar'>) => `Использовать ${q(s.fixed)}`,
}

export const lint: typeof enLint = {
  finding,
  fix,
  maxHeadline: 140,
  maxReason: 240,
}
