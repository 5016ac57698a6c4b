// Русские строки пресетов, которые ядро называет кодами: заметки к правилам (комментарии YAML над правилами
// загруженного пресета) и исправленные примеры документации.
import type { presetTexts as enPresetTexts } from '../en/presetTexts.ts'

export const presetTexts: typeof enPresetTexts = {
  corrected: 'Примеры документации, исправленные',
  items: {
    notServiceAccountsFixed: {
      title: 'Запросы не от сервисных аккаунтов, в работающем порядке',
      description:
        'Правило для сервисных аккаунтов поставлено выше правила Metadata: каждый сервисный аккаунт входит и в system:authenticated, поэтому в порядке из документации правило None не срабатывает никогда. Пустые списки users и omitStages ничего не меняют и убраны.',
    },
    standardResourcesFixed: {
      title: 'Типовые ресурсы вместе с подресурсами',
      description:
        'deployments/*, jobs/* и т. д. вместо deployments, jobs: список из документации не включает подресурсы, и kubectl scale (deployments/scale) и обновления status не попадают в журнал.',
    },
  },
  notes: {
    serviceAccountsFirst:
      'Сначала сервисные аккаунты: они входят и в system:authenticated, поэтому ниже правила Metadata это правило не сработало бы никогда.',
    subresourcesToo:
      'deployments/* совпадает с deployments и его подресурсами (scale, status); просто deployments их не включает.',
    baselineHealth: 'Проверки здоровья и версии: частые и неинтересные.',
    baselineNoise: 'Шум: events, leases для выбора лидера и endpoints меняются постоянно.',
    rbacInFull: 'Изменения RBAC полностью: кто, что и кому выдал.',
    secretsMetadata:
      'Secrets, ConfigMaps и токены: только метаданные, чтобы их содержимое не попало в журнал.',
    otherWrites: 'Все остальные изменения, с телом запроса.',
    baselineRest: 'Всё остальное (чтение, запросы без аутентификации): метаданные.',
    securityNoise: 'Отбрасывается только чистый шум: events и leases для выбора лидера.',
    interactiveAccess: 'Интерактивный доступ к нагрузкам и узлам: exec, attach, port-forward, proxy.',
    securityChanges: 'Изменения того, кто что может и что запускает API-сервер, полностью.',
    securityRest: 'Каждое чтение и каждый запрос без аутентификации, как минимум метаданные.',
    complementExec: 'Shell и туннели в поды (DKP журналирует attach, но не exec и port-forward).',
    complementSecrets: 'Чтение и изменение Secrets (DKP ловит только LIST), без их содержимого.',
    complementBindings:
      'RoleBindings и изменения ClusterRoleBinding через patch (DKP журналирует роли и часть изменений ClusterRoleBinding).',
    complementCrds: 'CRD, admission webhooks и политики: они меняют то, что принимает кластер.',
    complementNamespaces: 'Создание и удаление namespaces.',
  },
}
