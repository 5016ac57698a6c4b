// Подсказки редактора YAML к полям Policy: twin of en/schemaDocs.ts (same keys, same types). Имена полей, уровни,
// стадии и глаголы остаются как в API.
import type { schemaDocs as enSchemaDocs } from '../en/schemaDocs.ts'

export const schemaDocs: typeof enSchemaDocs = {
  group: 'API-группа без версии; "" — основная группа (core), "*" — любая группа.',
  groupBeforeWildcard: (since) =>
    `API-группа без версии; "" — основная группа (core) ("*" — с Kubernetes ${since}).`,
  groupResources:
    'Ресурсы группы; "pods/*" совпадает с любым подресурсом pod, "*/scale" — с одним подресурсом любого ресурса.',
  resourceNames: 'Имена объектов; нужен хотя бы один ресурс.',
  level: 'Сколько записывать о подходящем запросе.',
  users: 'Имена пользователей (точное совпадение); пустой список подходит любому пользователю.',
  userGroups: 'Группы пользователей (точное совпадение); пустой список подходит любой группе.',
  verbs: 'Глаголы: get, list, watch, create, …; для non-resource URL — HTTP-метод в нижнем регистре.',
  resources: 'Запросы к ресурсам, с которыми совпадает это правило.',
  namespaces: 'Пространства имён; "" совпадает с запросами уровня кластера.',
  nonResourceURLs:
    'Пути non-resource URL; "*" только последним символом. Не вместе с resources или namespaces.',
  ruleOmitStages: 'Стадии, которые это правило не записывает (вдобавок к стадиям уровня политики).',
  ruleOmitManagedFields: 'Не записывать managedFields в телах; если не задано, наследуется.',
  metadata: 'API-сервер это поле игнорирует.',
  omitStages: 'Стадии, которые не записывает ни одно правило.',
  omitManagedFields: 'Не записывать managedFields в телах (DKP отбрасывает это поле уровня политики).',
  rules: 'Проверяются по порядку: срабатывает первое совпавшее.',
}
