// Встроенные правила аудита DKP — заголовки со страницы DKP «Встроенные правила аудита»
// (modules/040-control-plane-manager/docs/AUDIT-RULES_RU.md @01d285717e66). Номера — позиции в политике, которую
// рендерит DKP v1.77: правило 20 (pods/log get) хук добавляет сверх документации, поэтому с 21 номер на один больше.
import type { dkpBuiltin as enDkpBuiltin } from '../en/dkpBuiltin.ts'

export const dkpBuiltin: typeof enDkpBuiltin = {
  titles: {
    1: 'Не логировать частые обновления Endpoints, EndpointSlices и Events',
    2: 'Не логировать операции выбора лидера на ресурсах Lease',
    3: 'Не логировать ConfigMap cert-manager, используемые для выбора лидера',
    4: 'Не логировать ресурсы VerticalPodAutoscalerCheckpoints',
    5: 'Не логировать PATCH-операции VerticalPodAutoscaler от recommender',
    6: 'Не логировать ресурсы UpmeterHookProbes',
    7: 'Не логировать любые операции в неймспейсе d8-upmeter',
    8: 'Не логировать обновления ConfigMap ingress-nginx для выборов лидера',
    9: 'Не логировать операции create/delete AuthRequest от health-check dex',
    10: 'Логировать операции create/delete для ресурсов Node с телом запроса/ответа',
    11: 'Логировать запросы kubectl logs (pods/log) на уровне Metadata',
    12: 'Логировать операции create/update/patch/delete от системных ServiceAccount (kube-system, d8-*)',
    13: 'Логировать операции create/update/patch/delete для ресурсов Pod',
    14: 'Логировать операции create/update/patch/delete в системных неймспейсах (kube-system, d8-*)',
    15: 'Логировать все LIST-запросы во всех неймспейсах',
    16: 'Логировать операции create/delete для ресурсов ServiceAccount',
    17: 'Логировать операции create/update/delete/patch для ресурсов Role и ClusterRole',
    18: 'Логировать операции create/update/delete для ресурсов ClusterRoleBinding',
    19: 'Логировать операции с pod subresource для attach и ephemeral-контейнеров',
    20: 'Логировать get для pods/log с телом запроса/ответа (перекрыто правилом 11; нет в документации DKP)',
    21: 'Логировать создание ресурсов VirtualMachineOperation с телом запроса/ответа',
    22: 'Логировать операции create/update/patch/delete для ресурсов virtualization.deckhouse.io',
    23: 'Логировать операции update/patch для внутренних virtualization subresources',
    24: 'Логировать GET-операции для API-группы subresources.virtualization.deckhouse.io',
    25: 'Логировать операции create/update/patch/delete для ресурсов Pod (перекрыто правилом 13)',
    26: 'Логировать операции create/update/patch/delete в неймспейсе d8-virtualization',
    27: 'Логировать операции create/update/patch/delete для ресурсов ModuleConfig',
    28: 'Не логировать запросы аутентифицированных пользователей',
    29: 'Логировать все оставшиеся (неаутентифицированные) запросы на уровне Metadata',
  },
  numbered: (n: number) => `Встроенное правило ${n}`,
}

/** titleOf is the same in every language: it picks among `words`' titles. */
export { titleOf } from '../en/dkpBuiltin.ts'
