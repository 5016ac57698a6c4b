// Ready-made test requests: the questions users ask most.
import type { RequestAttributes } from '../../policy/types.ts'

const resource = (fields: Partial<RequestAttributes>): RequestAttributes => ({
  user: 'jane',
  groups: ['system:authenticated'],
  verb: 'get',
  resourceRequest: true,
  apiGroup: '',
  resource: 'pods',
  subresource: '',
  namespace: 'default',
  name: '',
  path: '',
  ...fields,
})

/** QuickPick: a named request for the quick-pick buttons (labels live in i18n under the same key). */
export type QuickPickId = 'getPods' | 'exec' | 'execWebSocket' | 'serviceAccount' | 'anonymous' | 'healthz'

/** QUICK_PICKS: the requests behind the quick-pick buttons, in button order. */
export const QUICK_PICKS: Record<QuickPickId, (current: RequestAttributes) => RequestAttributes> = {
  getPods: () => resource({ verb: 'list', path: '/api/v1/namespaces/default/pods' }),
  exec: () =>
    resource({
      verb: 'create',
      subresource: 'exec',
      name: 'web-0',
      path: '/api/v1/namespaces/default/pods/web-0/exec',
    }),
  // kubectl 1.30+ opens exec over a WebSocket: a GET, audited as verb get (KEP-4006).
  execWebSocket: () =>
    resource({
      verb: 'get',
      subresource: 'exec',
      name: 'web-0',
      path: '/api/v1/namespaces/default/pods/web-0/exec',
    }),
  serviceAccount: () =>
    resource({
      user: 'system:serviceaccount:default:app',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'],
      verb: 'get',
      resource: 'secrets',
      name: 'app-token',
      path: '/api/v1/namespaces/default/secrets/app-token',
    }),
  anonymous: () => ({
    ...resource({ user: 'system:anonymous', groups: ['system:unauthenticated'] }),
    resourceRequest: false,
    resource: '',
    namespace: '',
    path: '/version',
  }),
  // The same user asks for /healthz.
  healthz: (current) => ({
    ...resource({ user: current.user, groups: current.groups }),
    resourceRequest: false,
    resource: '',
    namespace: '',
    path: '/healthz',
  }),
}
