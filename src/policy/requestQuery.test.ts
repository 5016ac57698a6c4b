// The query of a nameless GET as requestinfo.go reads it (ListOptions through the parameter codec):
// k8s.io/apiserver pkg/endpoints/request/requestinfo.go, k8s.io/apimachinery pkg/fields/selector.go and
// pkg/runtime/conversion.go (Convert_Slice_string_To_bool).
import { describe, expect, it } from 'vitest'
import { requestFromHttp } from './request.ts'

const read = (url: string) => {
  const r = requestFromHttp({ method: 'GET', url, user: 'alice' })
  return { verb: r.verb, name: r.name }
}

describe('watch in the query', () => {
  it.each([
    ['watch=true', 'watch'],
    ['watch=1', 'watch'],
    ['watch=yes', 'watch'],
    ['watch=', 'watch'],
    ['watch', 'watch'],
    ['watch=FALSE', 'list'],
    ['watch=False', 'list'],
    ['watch=0', 'list'],
    ['watch=0&watch=1', 'list'],
    ['watch=1&watch=0', 'watch'],
    ['', 'list'],
    ['watch=x;y', 'list'],
    ['watch=%zz', 'list'],
  ])('?%s is a %s', (q, verb) => {
    expect(read(`/api/v1/namespaces/default/pods?${q}`).verb).toBe(verb)
  })
})

describe('metadata.name from the fieldSelector', () => {
  it.each([
    ['metadata.name=web', 'web'],
    ['metadata.name==web', 'web'],
    ['metadata.name%3Dweb', 'web'],
    ['metadata.name!=web', ''],
    [' metadata.name=web', ''],
    ['metadata.name= web', ' web'],
    ['spec.nodeName=n1,metadata.name=web', 'web'],
    ['metadata.name=a\\,b', 'a,b'],
    ['metadata.name=a\\=b', 'a=b'],
    ['metadata.name=a\\x', ''],
    ['metadata.name=a=b', ''],
    ['metadata.name=web,bogus', ''],
    ['metadata.name=x,metadata.name=a', 'a'],
    ['metadata.name=a/b', ''],
    ['metadata.name=..', ''],
    ['metadata.name=web&limit=abc', ''],
    ['metadata.name=web&limit=10', 'web'],
  ])('fieldSelector=%s names %j', (sel, name) => {
    const [selector, rest] = sel.split('&')
    const q = `fieldSelector=${encodeURIComponent(selector!).replaceAll('%25', '%')}${rest ? '&' + rest : ''}`
    // A list stays a list; the selector only names the object it is limited to.
    expect(read(`/api/v1/namespaces/default/pods?${q}`)).toEqual({ verb: 'list', name })
  })
})
