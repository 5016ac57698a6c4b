// Строки «Сравнить с…» по-русски: различия политик (src/policy/diff.ts) словами. Двойник en/compare.ts: те же
// экспортируемые имена и типы. Имена ресурсов, глаголы, группы, уровни и поля API остаются как есть.
import type {
  behaviourChange as enBehaviourChange,
  compare as enCompare,
  fieldChange as enFieldChange,
  outcomeChange as enOutcomeChange,
  requestClass as enRequestClass,
  ruleChange as enRuleChange,
  ruleRef as enRuleRef,
} from '../en/compare.ts'
import type { ExceptRule, Outcome } from '../../policy/diff.ts'
import type { RequestClass, ValueSet } from '../../policy/diffDescribe.ts'
import { countOf, numberList, pluralForm } from '../format.ts'

const show = (v: string) => (v === '' ? '""' : v)

/** list: a few values, then how many more. */
function list(values: readonly string[], max = 4, joiner = ', '): string {
  const shown = values.slice(0, max).map(show)
  const more = values.length - shown.length
  return more > 0 ? `${shown.join(joiner)} и ещё ${more}` : shown.join(joiner)
}

/** valuesText: `any` for any value, `one(list)` for some, "`any`, кроме …" for all but some. */
function valuesText(v: ValueSet, any: string, one: (list: string, n: number) => string): string {
  if ('any' in v) return any
  if ('only' in v) return one(list(v.only), v.only.length)
  return `${any}, кроме ${list(v.except)}`
}

function verbsText(c: RequestClass): string {
  if ('any' in c.verbs) return 'любой глагол'
  if ('only' in c.verbs) return list(c.verbs.only, 6, '/')
  return `любой глагол, кроме ${list(c.verbs.except, 6, '/')}`
}

const group = (g: string) => (g === '' ? 'core' : g)

/** resourceText: the resources in the genitive, after «для»: "secrets (core)", "любого ресурса, кроме pods". */
function resourceText(c: RequestClass): string {
  const sub = c.subresources
  let res = valuesText(c.resources, 'любого ресурса', (l) => l)
  if ('only' in sub && sub.only.length === 1 && sub.only[0] === '') res += ''
  else if ('only' in sub)
    res += sub.only.includes('')
      ? ` (и их ${list(sub.only.filter((s) => s !== ''))})`
      : `/${list(sub.only, 4, ', ')}`
  else if ('except' in sub)
    res = sub.except.includes('') ? `подресурсов ${res}` : `${res} (подресурсов, кроме ${list(sub.except)})`
  if ('only' in c.apiGroups) res += ` (${c.apiGroups.only.map(group).join(', ')})`
  else if ('except' in c.apiGroups) res += ` (любой группы API, кроме ${list(c.apiGroups.except.map(group))})`
  if (!('any' in c.names))
    res +=
      ' ' + valuesText(c.names, 'с любым именем', (l, n) => (n === 1 ? `с именем ${l}` : `с именами ${l}`))
  return res
}

function namespacesText(c: RequestClass): string {
  const ns = c.namespaces
  if ('any' in ns) return 'в любом пространстве имён или без него'
  if ('only' in ns) {
    const named = ns.only.filter((n) => n !== '')
    const scoped = ns.only.includes('') ? 'уровня кластера' : ''
    if (named.length === 0) return scoped
    return `в ${list(named)}${scoped ? ' или уровня кластера' : ''}`
  }
  return `в любом пространстве имён, кроме ${list(ns.except)}`
}

function usersText(c: RequestClass): string {
  const u = c.users
  let who: string
  if ('only' in u) who = u.only.length === 0 ? '' : `от ${list(u.only, 3)}`
  else if ('any' in u)
    who = c.unauthenticated ? 'от кого угодно, с аутентификацией или без' : 'от любого пользователя'
  else who = `от любого пользователя, кроме ${list(u.except, 3)}`
  if (c.unauthenticated && !('any' in u))
    who = who === '' ? 'без аутентификации' : `${who} (или без аутентификации)`
  const groups = [
    ...c.groups.anyOf.map((g) => `в группе ${list(g, 3, ' или ')}`),
    ...(c.groups.noneOf.length === 1 ? [`не в группе ${show(c.groups.noneOf[0]!)}`] : []),
    ...(c.groups.noneOf.length > 1 ? [`ни в одной из групп ${list(c.groups.noneOf, 3)}`] : []),
  ]
  // Каждое условие на группы выполняется: «в группе a или b и в группе c».
  return [who, groups.join(' и ')].filter((s) => s !== '').join(', ')
}

/** pathText: the non-resource URLs in the genitive, after «для». */
function pathText(c: RequestClass): string {
  const p = c.path
  let text =
    p.exact !== undefined ? p.exact : p.prefix ? `URL, начинающихся с ${p.prefix}` : 'любого нересурсного URL'
  const but = [...p.exceptPaths, ...p.exceptPrefixes.map((x) => `${x}*`)]
  if (but.length > 0) text += `, кроме ${list(but)}`
  return text
}

/** requestClass: «create/update для secrets (core) в любом пространстве имён, от любого пользователя». */
export const requestClass: typeof enRequestClass = (c) => {
  let what: string
  const resource = c.kinds.includes('resource')
  const nonResource = c.kinds.includes('nonResource')
  if (resource && nonResource)
    what =
      'any' in c.verbs
        ? 'любые запросы'
        : 'only' in c.verbs
          ? `запросы ${list(c.verbs.only, 6, '/')}`
          : `любые запросы, кроме ${list(c.verbs.except, 6, '/')}`
  else if (resource) what = `${verbsText(c)} для ${resourceText(c)} ${namespacesText(c)}`.trim()
  else what = `${verbsText(c)} для ${pathText(c)}`
  const who = usersText(c)
  return who ? `${what}, ${who}` : what
}

/** ruleRef: «ваше правило 3» / «встроенное правило 14» (правила пользователя нумеруются с 1, как в списке). */
export const ruleRef: typeof enRuleRef = (r) => {
  if (r === null) return 'ни одно правило'
  return r.kind === 'user' ? `ваше правило ${r.index + 1}` : `встроенное правило ${r.number}`
}

const numbers = (ns: readonly number[]) => numberList(ns, 'и')

/** exceptText: «, если раньше не решат встроенные правила 1–27 или ваше правило 2 или правило 4 базовой политики». */
function exceptText(except: readonly ExceptRule[]): string {
  if (except.length === 0) return ''
  const builtin = except.flatMap((e) => (e.rule.kind === 'builtin' ? [e.rule.number] : []))
  const user = (keep: (side: ExceptRule['side']) => boolean) =>
    except.flatMap((e) => (e.rule.kind === 'user' && keep(e.side) ? [e.rule.index + 1] : []))
  const parts: string[] = []
  if (builtin.length > 0)
    parts.push(`${builtin.length > 1 ? 'встроенные правила' : 'встроенное правило'} ${numbers(builtin)}`)
  const ours = user((side) => side !== 'before')
  if (ours.length > 0) parts.push(`${ours.length > 1 ? 'ваши правила' : 'ваше правило'} ${numbers(ours)}`)
  const old = user((side) => side === 'before')
  if (old.length > 0) parts.push(`${old.length > 1 ? 'правила' : 'правило'} ${numbers(old)} базовой политики`)
  return `, если раньше не ${except.length === 1 ? 'решит' : 'решат'} ${parts.join(' или ')}`
}

const stagesText = (s: readonly string[]) => (s.length === 0 ? 'нет' : s.join(', '))

/** baseRuleRef: «правило 5 базовой политики» / «встроенное правило 14»: правило, которое решало в базовой. */
function baseRuleRef(r: Outcome['rule']): string {
  return r?.kind === 'user' ? `правило ${r.index + 1} базовой политики` : ruleRef(r)
}

/** outcomeChange: «Metadata → Request; теперь решает ваше правило 3 (раньше — правило 5 базовой политики)». */
export const outcomeChange: typeof enOutcomeChange = (before, after, ruleChanged) => {
  const parts: string[] = []
  if (before.level !== after.level) parts.push(`${before.level} → ${after.level}`)
  else parts.push(`${after.level}, как и раньше`)
  if (before.omitStages.join() !== after.omitStages.join())
    parts.push(`пропускаемые стадии: ${stagesText(before.omitStages)} → ${stagesText(after.omitStages)}`)
  if (before.omitManagedFields !== after.omitManagedFields)
    parts.push(
      after.omitManagedFields ? 'managedFields теперь не записываются' : 'managedFields теперь записываются',
    )
  if (ruleChanged) {
    const now =
      after.rule === null ? 'теперь не подходит ни одно правило' : `теперь решает ${ruleRef(after.rule)}`
    const was =
      before.rule === null ? 'раньше не подходило ни одно правило' : `раньше — ${baseRuleRef(before.rule)}`
    parts.push(`${now} (${was})`)
  } else if (after.rule === null) parts.push('не подходит ни одно правило, как и раньше')
  else parts.push(`по-прежнему решает ${ruleRef(after.rule)}`)
  return parts.join('; ')
}

/** behaviourChange: класс запросов и то, как меняется их исход, одним предложением. */
export const behaviourChange: typeof enBehaviourChange = (c) =>
  `${requestClass(c.requests)}${exceptText(c.except)}: ${outcomeChange(c.before, c.after, c.changed.includes('rule'))}`

function fieldValue(v: unknown): string {
  if (v === undefined) return '(не задано)'
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? show(x) : JSON.stringify(x))).join(', ')
  return typeof v === 'string' ? v : JSON.stringify(v)
}

/** fieldChange: «verbs: +delete −get» / «level: Metadata → Request» (имена полей — как в YAML). */
export const fieldChange: typeof enFieldChange = (f) => {
  if ('added' in f && (f.added?.length || f.removed?.length)) {
    const plus = (f.added ?? []).map((v) => `+${fieldValue([v])}`)
    const minus = (f.removed ?? []).map((v) => `−${fieldValue([v])}`)
    return `${f.field}: ${[...plus, ...minus].join(' ')}`
  }
  return `${f.field}: ${fieldValue(f.before)} → ${fieldValue(f.after)}`
}

/** ruleChange: одна строка на добавленное, удалённое, перемещённое или изменённое правило (номера с 1). */
export const ruleChange: typeof enRuleChange = (c) => {
  switch (c.kind) {
    case 'added':
      return `Правило ${c.newIndex + 1} добавлено`
    case 'removed':
      return `Правило ${c.oldIndex + 1} удалено`
    case 'moved':
      return `Правило ${c.oldIndex + 1} перемещено на место ${c.newIndex + 1}`
    case 'changed': {
      const where =
        c.oldIndex === c.newIndex
          ? `Правило ${c.newIndex + 1}`
          : `Правило ${c.oldIndex + 1} (теперь ${c.newIndex + 1})`
      return `${where} изменено: ${c.fields.map(fieldChange).join('; ')}`
    }
  }
}

const RULE = { one: 'правило', few: 'правила', many: 'правил', other: 'правила' }
const REQUEST = { one: 'запрос', few: 'запроса', many: 'запросов', other: 'запроса' }
const CHANGE = { one: 'изменение', few: 'изменения', many: 'изменений', other: 'изменения' }

export const compare: typeof enCompare = {
  open: 'Сравнить с…',
  title: 'Сравнение с другой версией',
  intro:
    'Вставьте или перетащите политику, которая работает в кластере (вывод команды ниже), файл политики или выберите версию из этого сеанса. Вы увидите, что меняют ваши правки, до перезапуска kube-apiserver.',
  clusterCommand: 'Вывести текущую политику кластера',
  baseLabel: 'Базовая политика (YAML, JSON или Secret)',
  sessionVersions: 'Или сравните с версией из этого сеанса:',
  sessionVersion: (kind, time, rules) =>
    `${kind === 'opened' ? 'При открытии страницы' : `Загружена в ${time}`} (${countOf(rules, RULE)})`,
  useBase: 'Сравнить',
  chooseFile: 'Выбрать файл…',
  statuses: {
    added: 'добавлено',
    removed: 'удалено',
    moved: 'перемещено',
    changed: 'изменено',
    same: '',
  },
  clear: 'Закончить сравнение',
  close: 'Закрыть',
  baseFrom: (what) => `Базовая политика: ${what}`,
  ruleChanges: 'Изменения правил',
  behaviourChanges: 'Изменения поведения',
  noRuleChanges: 'Ни одно правило не изменилось.',
  noBehaviourChanges: 'Аудит ни одного запроса не меняется.',
  behaviourCount: (n) => `${countOf(n, CHANGE)} в том, что записывается`,
  openInSimulator: 'Открыть в симуляторе',
  example: 'Пример',
  textDiff: 'Различия в тексте',
  hideTextDiff: 'Скрыть различия в тексте',
  baseColumn: 'Базовая',
  currentColumn: 'Текущая',
  incomplete: 'Сравнение остановилось раньше времени: список изменений поведения может быть неполным.',
  policySetting: 'Настройка политики',
  onLog: (requests) => `По журналу (${countOf(requests, REQUEST)}):`,
  logBefore: 'до',
  logAfter: 'после',
  logDelta: 'изменение',
  logChange: (requests, events, bytes) =>
    `${countOf(requests, REQUEST)} в журнале: событий ${events}, байт ${bytes}`,
  notMeasured: 'не измерено (для этого класса запросов нет формы правила, по которой его можно посчитать)',
  invalidBase: (reason) => `Базовую политику не удалось прочитать: ${reason}`,
  renderedCommand:
    'Или на master-узле: политика, которую читает kube-apiserver (со встроенными правилами DKP)',
  renderedRead: (head, tail, userRules) =>
    `Прочитана как политика, собранная на master-узле: её встроенные правила DKP (1–${head}, ${head + 1}–${head + tail}) действуют с обеих сторон, а ${countOf(userRules, RULE)} между ними ${pluralForm(userRules, { one: 'сравнивается', few: 'сравниваются', many: 'сравниваются', other: 'сравниваются' })} с вашими.`,
  readWhole: 'Сравнить весь файл целиком',
  renderedWhole:
    'В ней встроенные правила DKP окружают правила пользователя: она сравнивается целиком с вашими правилами внутри встроенных правил DKP.',
  renderedOffDkp:
    'Базовая политика собрана на master-узле DKP. Цель — Kubernetes, встроенных правил вокруг ваших нет, поэтому файл сравнивается целиком.',
  readRendered: 'Прочитать как собранную на master-узле',
  ruleChange,
  behaviourChange,
  requestClass,
  outcomeChange,
  fieldChange,
}
