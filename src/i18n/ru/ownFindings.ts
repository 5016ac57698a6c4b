// Наши собственные находки (policy/ownFindings.ts): twin of en/ownFindings.ts (same keys, same types). То, что
// они цитируют (`error`, `prefix`), остаётся словами kube-apiserver, DKP или читателя YAML.
import type { ownFindings as enOwnFindings } from '../en/ownFindings.ts'
import { formatMebibytes } from '../format.ts'

export const ownFindings: typeof enOwnFindings = {
  'dkp-no-rules': () =>
    'Secret не добавляет ни одного правила: DKP молча использует только свои встроенные правила',
  'dkp-policy-omit-managed-fields': () =>
    'DKP отбрасывает omitManagedFields уровня политики из Secret; задайте omitManagedFields в каждом правиле',
  'yaml-taken-for-json': () =>
    'kube-apiserver читает текст с «{» в начале как JSON, а не как строчный YAML: нужен блочный стиль (его даст правка в форме) или «---» выше',
  'manifest-not-yaml': ({ error }) => `это не корректный YAML: ${error}`,
  'no-secret': ({ found }) =>
    found.length > 0
      ? `здесь нет Secret, есть только: ${found.map((kind) => kind || '(без kind)').join(', ')}`
      : 'здесь нет Secret: в тексте нет ни одного объекта Kubernetes',
  'secret-no-namespace': ({ namespace }) => `у Secret не указан namespace: его нужно создать в ${namespace}`,
  'secret-elsewhere': ({ namespace, name, wantNamespace, wantName }) =>
    `это Secret ${namespace || '(без namespace)'}/${name || '(без имени)'}; DKP читает только ${wantNamespace}/${wantName}`,
  'secret-string-data-not-string': ({ key }) => `stringData.${key} должен быть строкой`,
  'secret-no-key': ({ key, keys }) =>
    `в Secret нет ключа ${key}${keys.length > 0 ? ` (есть ${keys.join(', ')})` : ''}: DKP читает только этот ключ, так что этот Secret не добавит ни одного правила`,
  'secret-data-not-string': ({ key }) => `data.${key} должен быть строкой в base64`,
  'secret-bad-base64': ({ key, error }) => `data.${key} — не корректный base64: ${error}`,
  'secret-not-utf8': ({ key }) => `data.${key} декодируется в байты, которые не являются текстом UTF-8`,
  'import-too-large': ({ bytes, limit }) =>
    `Этот текст занимает ${formatMebibytes(bytes, 1)}, а политика аудита — несколько КБ (предел — ${formatMebibytes(limit, 0)}). Может быть, это журнал аудита? Тогда откройте его в «Анализе журнала».`,
  'import-binary': ({ nulAt }) =>
    `Это не политика: двоичные данные (${nulAt === undefined ? 'не текст UTF-8' : `байт NUL на ${nulAt}-м символе`}).`,
  'import-empty': () => 'Импортировать нечего: текст пуст.',
  'moduleconfig-version': ({ value }) => `spec.version ${value} — не 1, 2 и не 3; оставлена текущая версия`,
  'moduleconfig-not-boolean': ({ key, value }) =>
    `${key} должен быть true или false, а не ${value}; не учтено`,
  'moduleconfig-output': ({ value }) =>
    `auditLog.output должен быть File или Stdout, а не ${value}; не учтено`,
  'moduleconfig-path': ({ value }) => `auditLog.path ${value} не подходит под шаблон DKP; не учтено`,
  'duplicate-key-last-wins': ({ key, line }) =>
    `ключ ${key} повторяется (строка ${line}): действует последнее значение`,
  'duplicate-key': ({ prefix, key, line }) => `${prefix}ключ ${key} повторяется (строка ${line})`,
  'ignored-by-server': ({ error }) => `${error}: API-сервер это пропускает`,
  'dkp-api-version-unchecked': ({ apiVersion }) =>
    `DKP не проверяет apiVersion ${apiVersion}: правила политики он записывает заново как audit.k8s.io/v1`,
  'dkp-then-apiserver-fails': ({ error }) =>
    `${error} (DKP примет Secret, а затем kube-apiserver не запустится)`,
  'too-deep': ({ prefix, limit, goYamlLimit }) =>
    `${prefix}вложенность глубже ${limit} уровней, дальше этот читатель не идёт (go-yaml останавливается на ${goYamlLimit})`,
  'internal-error': ({ error }) => `внутренняя ошибка при чтении политики: ${error}`,
  'settings-output': ({ value }) => `auditLog.output должен быть «File» или «Stdout», а не ${value}`,
  'settings-path': ({ pattern }) =>
    `auditLog.path должен подходить под ${pattern}: буквы, цифры, «_», «/», «.», «-» и без «/» в конце`,
  'settings-version': () => 'spec.version должен быть 1, 2 или 3',
}
