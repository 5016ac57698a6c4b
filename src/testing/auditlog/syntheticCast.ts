// The cast of the synthetic cluster and what each member asks kube-apiserver: one service account that makes
// most of the noise, kubelets, controllers, Prometheus, probes, humans with kubectl, failed authentications.
import type { Random } from './random.ts'
import { goJson, type Bodies } from './syntheticBodies.ts'

/** Actor: who makes requests (username null: authentication failed). */
export interface Actor {
  username: string | null
  groups: string[]
  userAgent: string
  ip: string
  /** JSON of the `user` member, rendered once. */
  userJson: string
  /** Whether this actor's requests also log the RequestReceived stage (as under a policy that keeps it). */
  requestReceived: boolean
}

/** Call: one request, as the generator will render its events. */
export interface Call {
  actor: Actor
  verb: string
  uri: string
  ref: string | null
  level: 'Metadata' | 'Request' | 'RequestResponse'
  code: number
  requestObject: string | null
  responseObject: string | null
  longRunning: boolean
}

const NODES = Array.from({ length: 20 }, (_, i) => `node-${i}`)
const SYSTEM_NS = [
  'kube-system',
  'd8-system',
  'd8-monitoring',
  'd8-ingress-nginx',
  'd8-cni-cilium',
  'd8-cert-manager',
]
const APP_NS = Array.from({ length: 24 }, (_, i) => `app-${i + 1}`)
const NAMESPACES = [...SYSTEM_NS, ...APP_NS, 'default']
const SA_GROUPS = (ns: string) => [
  'system:serviceaccounts',
  `system:serviceaccounts:${ns}`,
  'system:authenticated',
]

function actor(
  r: Random,
  username: string | null,
  groups: string[],
  userAgent: string,
  requestReceived: boolean,
): Actor {
  let userJson = '{}'
  if (username !== null) {
    const extra = username.startsWith('system:serviceaccount:')
      ? `,"extra":{"authentication.kubernetes.io/credential-id":["JTI=${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}"],"authentication.kubernetes.io/node-name":["${r.pick(NODES)}"],"authentication.kubernetes.io/pod-name":["${username.split(':')[3]}-${r.hex(10)}-${r.hex(5)}"]}`
      : ''
    userJson = `{"username":${goJson(username)},"uid":"${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}","groups":${goJson(groups)}${extra}}`
  }
  return {
    username,
    groups,
    userAgent,
    ip: `10.${r.int(4)}.${r.int(255)}.${r.int(255)}`,
    userJson,
    requestReceived,
  }
}

/** cast builds the cluster's members once per seed. */
export function cast(r: Random) {
  const sa = (ns: string, name: string, ua: string, rr = false) =>
    actor(r, `system:serviceaccount:${ns}:${name}`, SA_GROUPS(ns), ua, rr)
  const others = Array.from({ length: 60 }, (_, i) => {
    const ns = NAMESPACES[i % NAMESPACES.length]!
    const name = r.pick(['operator', 'controller', 'agent', 'exporter', 'webhook', 'sync']) + `-${i}`
    return sa(
      ns,
      name,
      `${name}/v0.${r.int(30)}.${r.int(9)} (linux/amd64) kubernetes/${r.hex(7)}`,
      i % 5 === 0,
    )
  })
  return {
    deckhouse: sa('d8-system', 'deckhouse', 'deckhouse-controller/v1.68.3 (linux/amd64) kubernetes/$Format'),
    kubelets: NODES.map((n) =>
      actor(
        r,
        `system:node:${n}`,
        ['system:nodes', 'system:authenticated'],
        'kubelet/v1.31.6 (linux/amd64) kubernetes/3c2bd20',
        false,
      ),
    ),
    controllerManager: actor(
      r,
      'system:kube-controller-manager',
      ['system:authenticated'],
      'kube-controller-manager/v1.31.6 (linux/amd64) kubernetes/3c2bd20/leader-election',
      false,
    ),
    scheduler: actor(
      r,
      'system:kube-scheduler',
      ['system:authenticated'],
      'kube-scheduler/v1.31.6 (linux/amd64) kubernetes/3c2bd20/scheduler',
      false,
    ),
    apiserver: actor(
      r,
      'system:apiserver',
      ['system:authenticated'],
      'kube-apiserver/v1.31.6 (linux/amd64) kubernetes/3c2bd20',
      false,
    ),
    prometheus: sa('d8-monitoring', 'prometheus', 'Prometheus/2.55.1'),
    certManager: sa(
      'd8-cert-manager',
      'cert-manager',
      'cert-manager-controller/v1.16.2 (linux/amd64) cert-manager/leader-election',
    ),
    anonymous: actor(r, 'system:anonymous', ['system:unauthenticated'], 'kube-probe/1.31', false),
    unauthenticated: actor(r, null, [], 'curl/8.5.0', false),
    humans: [
      actor(
        r,
        'alice@example.com',
        ['admins', 'system:authenticated'],
        'kubectl/v1.31.6 (linux/amd64) kubernetes/3c2bd20',
        true,
      ),
      actor(
        r,
        'bob@example.com',
        ['developers', 'system:authenticated'],
        'kubectl/v1.30.2 (darwin/arm64) kubernetes/3968350',
        true,
      ),
      actor(r, 'ci-bot', ['ci', 'system:authenticated'], 'Helm/3.16.3', true),
    ],
    others,
  }
}

/** Cast: everyone who makes requests in the synthetic cluster. */
export type Cast = ReturnType<typeof cast>

function refJson(
  resource: string,
  group: string,
  version: string,
  ns: string,
  name: string,
  sub = '',
): string {
  let s = `{"resource":"${resource}"`
  if (ns) s += `,"namespace":"${ns}"`
  if (name) s += `,"name":"${name}"`
  if (group) s += `,"apiGroup":"${group}"`
  s += `,"apiVersion":"${version}"`
  if (sub) s += `,"subresource":"${sub}"`
  return s + '}'
}

function resourceUri(
  group: string,
  version: string,
  resource: string,
  ns: string,
  name: string,
  sub = '',
  query = '',
): string {
  let u = group ? `/apis/${group}/${version}` : `/api/${version}`
  if (ns) u += `/namespaces/${ns}`
  u += `/${resource}`
  if (name) u += `/${name}`
  if (sub) u += `/${sub}`
  return query ? `${u}?${query}` : u
}

/** One resource request by `a`, with the URI, objectRef and verb made consistent. */
function resourceCall(
  a: Actor,
  verb: string,
  group: string,
  version: string,
  resource: string,
  ns: string,
  name: string,
  opts: Partial<Pick<Call, 'level' | 'code' | 'requestObject' | 'responseObject'>> & {
    sub?: string
    query?: string
  } = {},
): Call {
  const sub = opts.sub ?? ''
  const named = verb !== 'list' && verb !== 'watch' && verb !== 'create' && verb !== 'deletecollection'
  const uriName = named || sub ? name : ''
  let query = opts.query ?? ''
  if (verb === 'watch')
    query = `allowWatchBookmarks=true&resourceVersion=${(name.length * 7919) % 99991}&watch=true`
  const refName = named || sub ? name : verb === 'create' ? name : ''
  return {
    actor: a,
    verb,
    uri: resourceUri(group, version, resource, ns, uriName, sub, query),
    ref: refJson(resource, group, version, ns, refName, sub),
    level: opts.level ?? 'Metadata',
    code: opts.code ?? (verb === 'create' ? 201 : 200),
    requestObject: opts.requestObject ?? null,
    responseObject: opts.responseObject ?? null,
    longRunning:
      verb === 'watch' || sub === 'exec' || sub === 'log' || sub === 'portforward' || sub === 'attach',
  }
}

function nonResourceCall(a: Actor, path: string, code = 200): Call {
  return {
    actor: a,
    verb: 'get',
    uri: path,
    ref: null,
    level: 'Metadata',
    code,
    requestObject: null,
    responseObject: null,
    longRunning: false,
  }
}

const READ = ['get', 'get', 'get', 'list', 'watch']
const WRITE = ['update', 'patch', 'create', 'delete']

/** pickCall decides what the next request is; the weights make one service account the main source of volume. */
export function pickCall(r: Random, c: Cast, b: Bodies): Call {
  const roll = r.int(1000)
  if (roll < 330) {
    // deckhouse: reads everything, writes ConfigMaps, Secrets and ModuleConfigs.
    const a = c.deckhouse
    const k = r.int(10)
    const verb = k < 7 ? r.pick(READ) : r.pick(WRITE)
    if (k < 4) {
      const ns = r.pick(SYSTEM_NS)
      const write = verb !== 'get' && verb !== 'list' && verb !== 'watch'
      return resourceCall(a, verb, '', 'v1', 'configmaps', ns, `d8-${r.skewed(40)}`, {
        level: write ? 'Request' : 'Metadata',
        requestObject: write && verb !== 'delete' ? r.pick(b.configMap) : null,
      })
    }
    if (k < 6)
      return resourceCall(
        a,
        r.pick(READ),
        '',
        'v1',
        'secrets',
        r.pick(SYSTEM_NS),
        `d8-secret-${r.skewed(30)}`,
      )
    if (k < 8) {
      const write = r.chance(0.2)
      return resourceCall(
        a,
        write ? 'patch' : r.pick(READ),
        'deckhouse.io',
        'v1alpha1',
        'moduleconfigs',
        '',
        r.pick(['prometheus', 'cni-cilium', 'ingress-nginx', 'user-authn']),
        {
          level: 'RequestResponse',
          requestObject: write ? r.pick(b.patch) : null,
          responseObject: r.pick(b.custom),
        },
      )
    }
    return resourceCall(
      a,
      r.pick(READ),
      'apiextensions.k8s.io',
      'v1',
      'customresourcedefinitions',
      '',
      `${r.pick(['modules', 'nodegroups', 'moduleconfigs'])}.deckhouse.io`,
    )
  }
  if (roll < 520) {
    const a = r.pick(c.kubelets)
    const node = a.username!.slice('system:node:'.length)
    const k = r.int(20)
    if (k < 9)
      return resourceCall(
        a,
        k < 2 ? 'get' : 'update',
        'coordination.k8s.io',
        'v1',
        'leases',
        'kube-node-lease',
        node,
        { code: r.chance(0.01) ? 409 : 200 },
      )
    if (k < 13) {
      const resource = r.chance(0.5) ? 'secrets' : 'configmaps'
      const verb = r.chance(0.7) ? 'get' : 'watch'
      return resourceCall(
        a,
        verb,
        '',
        'v1',
        resource,
        r.pick(APP_NS),
        `${resource.slice(0, -1)}-${r.skewed(50)}`,
        { code: r.chance(0.03) ? 404 : 200, query: verb === 'get' ? '' : undefined },
      )
    }
    if (k < 16)
      return resourceCall(a, 'patch', '', 'v1', 'pods', r.pick(APP_NS), `app-${r.skewed(200)}`, {
        sub: 'status',
        level: 'Request',
        requestObject: r.pick(b.patch),
      })
    if (k < 18) return resourceCall(a, 'get', '', 'v1', 'nodes', '', node)
    return resourceCall(a, 'create', '', 'v1', 'serviceaccounts', r.pick(APP_NS), 'default', {
      sub: 'token',
      code: 201,
    })
  }
  if (roll < 600) {
    const a = c.controllerManager
    const k = r.int(6)
    if (k < 2)
      return resourceCall(
        a,
        k === 0 ? 'get' : 'update',
        'coordination.k8s.io',
        'v1',
        'leases',
        'kube-system',
        'kube-controller-manager',
      )
    if (k < 3)
      return resourceCall(a, 'create', '', 'v1', 'events', r.pick(NAMESPACES), `app.${r.hex(16)}`, {
        level: 'Request',
        requestObject: r.pick(b.event),
      })
    if (k < 4)
      return resourceCall(a, 'update', 'apps', 'v1', 'deployments', r.pick(APP_NS), `web-${r.skewed(10)}`, {
        sub: 'status',
        level: 'Request',
        requestObject: r.pick(b.deployment),
      })
    if (k < 5)
      return resourceCall(
        a,
        'patch',
        'discovery.k8s.io',
        'v1',
        'endpointslices',
        r.pick(NAMESPACES),
        `web-${r.hex(5)}`,
        { level: 'Request', requestObject: r.pick(b.patch) },
      )
    return resourceCall(
      a,
      r.pick(['list', 'watch']),
      r.pick(['', 'apps', 'batch']),
      'v1',
      r.pick(['pods', 'replicasets', 'jobs']),
      '',
      '',
    )
  }
  if (roll < 640) {
    const a = c.scheduler
    if (r.chance(0.5))
      return resourceCall(
        a,
        r.pick(['get', 'update']),
        'coordination.k8s.io',
        'v1',
        'leases',
        'kube-system',
        'kube-scheduler',
      )
    return resourceCall(a, 'create', '', 'v1', 'pods', r.pick(APP_NS), `app-${r.skewed(200)}`, {
      sub: 'binding',
      level: 'Request',
      requestObject:
        '{"kind":"Binding","apiVersion":"v1","metadata":{"name":"x"},"target":{"kind":"Node","name":"node-1"}}',
    })
  }
  if (roll < 800) {
    const a = r.pick(c.others)
    const ns = a.username!.split(':')[2]!
    const resource = r.pick(['pods', 'configmaps', 'services', 'endpoints', 'secrets', 'events'])
    const verb = r.chance(0.85) ? r.pick(READ) : r.pick(WRITE)
    const write = !READ.includes(verb)
    return resourceCall(a, verb, '', 'v1', resource, ns, `${resource.slice(0, -1)}-${r.skewed(30)}`, {
      level: write && resource !== 'secrets' ? 'Request' : 'Metadata',
      requestObject:
        write && verb !== 'delete' && resource !== 'secrets'
          ? r.pick(resource === 'pods' ? b.pod : b.configMap)
          : null,
      code: r.chance(0.02) ? 403 : undefined,
    })
  }
  if (roll < 850) {
    const a = c.prometheus
    if (r.chance(0.7)) return nonResourceCall(a, '/metrics')
    return resourceCall(
      a,
      r.pick(['list', 'watch']),
      '',
      'v1',
      r.pick(['pods', 'endpoints', 'services', 'nodes']),
      r.chance(0.5) ? r.pick(NAMESPACES) : '',
      '',
    )
  }
  if (roll < 880)
    return nonResourceCall(
      c.anonymous,
      r.pick(['/healthz', '/livez', '/readyz', '/readyz?verbose', '/livez/ping']),
    )
  if (roll < 905) {
    const a = c.apiserver
    if (r.chance(0.5))
      return resourceCall(
        a,
        r.pick(['get', 'update']),
        'coordination.k8s.io',
        'v1',
        'leases',
        'kube-system',
        `apiserver-${r.hex(6)}`,
      )
    return nonResourceCall(a, r.pick(['/apis', '/api', '/openapi/v3', '/apis/apps/v1']))
  }
  if (roll < 925) {
    const a = c.certManager
    return resourceCall(
      a,
      r.pick(['get', 'update']),
      'coordination.k8s.io',
      'v1',
      'leases',
      'kube-system',
      r.pick(['cert-manager-controller', 'cert-manager-cainjector-leader-election']),
    )
  }
  if (roll < 928) {
    // Failed authentication: one ResponseStarted event, no user.
    return {
      ...nonResourceCall(
        c.unauthenticated,
        r.pick(['/api/v1/namespaces/default/secrets', '/', '/version']),
        401,
      ),
      actor: c.unauthenticated,
    }
  }
  if (roll < 950) {
    const a = r.pick(c.humans)
    return nonResourceCall(a, r.pick(['/api', '/apis', '/openapi/v2?timeout=32s', '/version']))
  }
  // Humans: kubectl get/apply/delete/exec/logs, logged with bodies.
  const a = r.pick(c.humans)
  const ns = r.pick(APP_NS)
  const k = r.int(10)
  if (k < 3)
    return resourceCall(a, 'list', '', 'v1', 'pods', ns, '', {
      level: 'RequestResponse',
      responseObject: r.pick(b.podList),
      query: 'limit=500',
    })
  if (k < 5)
    return resourceCall(a, 'get', 'apps', 'v1', 'deployments', ns, `web-${r.skewed(10)}`, {
      level: 'RequestResponse',
      responseObject: r.pick(b.deployment),
    })
  if (k < 7) {
    const d = r.pick(b.deployment)
    return resourceCall(
      a,
      r.pick(['create', 'patch', 'update']),
      'apps',
      'v1',
      'deployments',
      ns,
      `web-${r.skewed(10)}`,
      { level: 'RequestResponse', requestObject: d, responseObject: d },
    )
  }
  if (k < 8)
    return resourceCall(a, 'delete', '', 'v1', 'pods', ns, `app-${r.skewed(200)}`, {
      level: 'RequestResponse',
      responseObject: r.pick(b.pod),
    })
  if (k < 9)
    return resourceCall(a, 'create', '', 'v1', 'pods', ns, `app-${r.skewed(200)}`, {
      sub: 'exec',
      query: 'command=sh&container=app&stdin=true&tty=true',
    })
  return resourceCall(a, 'get', '', 'v1', 'pods', ns, `app-${r.skewed(200)}`, {
    sub: 'log',
    query: 'container=app&follow=true',
  })
}
