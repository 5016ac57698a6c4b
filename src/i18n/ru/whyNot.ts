// Строки симулятора «почему не подошло» по-русски: почему правило пропустило запрос, по коду из explainRule
// (policy/evaluate.ts). Каждая строка начинается с поля, которое не подошло, как оно записано в политике.
import type { MismatchSay } from '../../policy/evaluate.ts'
import type { whyNot as enWhyNot } from '../en/whyNot.ts'

type Say<C extends MismatchSay['code']> = Extract<MismatchSay, { code: C }>

const fmt = (l: readonly string[]) => `[${l.join(', ')}]`
const show = (s: string) => (s === '' ? '""' : s)

export const whyNot: typeof enWhyNot = {
  reason: {
    noUser: (_s: Say<'noUser'>) => 'у запроса нет аутентифицированного пользователя',
    userNotIn: (s: Say<'userNotIn'>) => `${show(s.user)} нет в ${fmt(s.users)}`,
    noGroupIn: (s: Say<'noGroupIn'>) =>
      s.groups.length === 0
        ? `у пользователя нет групп, а правило требует одну из ${fmt(s.userGroups)}`
        : `ни одной из групп ${fmt(s.groups)} нет в ${fmt(s.userGroups)}`,
    verbNotIn: (s: Say<'verbNotIn'>) => `${show(s.verb)} нет в ${fmt(s.verbs)}`,
    notResourceRequest: (s: Say<'notResourceRequest'>) =>
      `правило подходит только для запросов к ресурсам, а ${s.path || 'этот запрос'} — non-resource URL`,
    namespaceNotIn: (s: Say<'namespaceNotIn'>) =>
      `${s.namespace === '' ? '"" (кластерные ресурсы)' : s.namespace} нет в ${fmt(s.namespaces.map(show))}`,
    resourceNoMatch: (s: Say<'resourceNoMatch'>) =>
      `${s.apiGroup === '' ? 'core' : s.apiGroup} ${s.subresource ? `${s.resource}/${s.subresource}` : s.resource}${s.name ? ` ${s.name}` : ''} не подходит ни под одну запись resources`,
    notNonResource: (_s: Say<'notNonResource'>) =>
      'правило подходит только для non-resource URL, а это запрос к ресурсу',
    urlNoMatch: (s: Say<'urlNoMatch'>) => `${s.path} не подходит ни под один из ${fmt(s.urls)}`,
  },
  line: (field, text) => `${field}: ${text}`,
}
