// The fact the API server's message leaves out (group "*" before 1.36): the core gives a code, src/i18n words it
// in English (as the builder always has) and Russian, in the problems list and in the version-rollback finding.
import { describe, expect, it } from 'vitest'
import { lintPolicy } from '../policy/lint.ts'
import { validatePolicy } from '../policy/validate.ts'
import { aPolicy, aRule } from '../testing/builders.ts'
import { en } from './en.ts'
import { lint as enLint } from './en/lint.ts'
import { sayFinding } from './lint.ts'
import { ru } from './ru.ts'
import { lint as ruLint } from './ru/lint.ts'

const STAR = aPolicy([aRule({ level: 'Metadata', resources: [{ group: '*', resources: ['pods'] }] })])
const ENGLISH =
  'group "*" is a wildcard only from Kubernetes 1.36; kube-apiserver 1.33 refuses it as an invalid group name'

describe('group "*" before 1.36', () => {
  it('validation gives the fact as a code with its versions', () => {
    const [d] = validatePolicy(STAR, { kubernetesVersion: '1.33', everyField: true })
    expect(d?.hint).toEqual({ code: 'group-star', version: '1.33', since: '1.36' })
  })

  it('reads in English as before, and in Russian with the API words literal', () => {
    const hint = { code: 'group-star', version: '1.33', since: '1.36' } as const
    expect(en.hints[hint.code](hint)).toBe(ENGLISH)
    const russian = ru.hints[hint.code](hint)
    expect(russian).toBe(
      'group "*" — подстановочный знак только начиная с Kubernetes 1.36; kube-apiserver 1.33 отвергает его как недопустимое имя группы',
    )
  })

  it('the version-rollback finding words the fact in the active language, as its reason under the headline', () => {
    const found = lintPolicy(STAR, { kubernetesVersion: '1.36' }).find((f) => f.id === 'version-rollback')
    expect(found?.say).toMatchObject({
      code: 'versionRollback',
      hint: { code: 'group-star', version: '1.35' },
    })
    const say = found!.say
    expect(sayFinding(say, enLint).reason).toBe(
      'On 1.35: group "*" is a wildcard only from Kubernetes 1.36; kube-apiserver 1.35 refuses it as an invalid group name.',
    )
    expect(sayFinding(say, ruLint).reason).toBe(
      'В 1.35: group "*" — подстановочный знак только начиная с Kubernetes 1.36; kube-apiserver 1.35 отвергает его как недопустимое имя группы.',
    )
  })
})
