// The verbs kube-apiserver gives requests (requestinfo.go), shared by the catalog and the lint's witnesses.

/** RESOURCE_VERBS are the verbs of resource requests, most common first (`get` covers neither list nor watch). */
export const RESOURCE_VERBS: readonly string[] = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  'proxy',
]

/** NON_RESOURCE_VERBS are the lower-cased HTTP methods that are the verbs of non-resource requests. */
export const NON_RESOURCE_VERBS: readonly string[] = [
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
]
