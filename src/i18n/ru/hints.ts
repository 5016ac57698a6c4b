// Факты, о которых молчат сообщения API-сервера: twin of en/hints.ts (same keys, same types).
import type { hints as enHints } from '../en/hints.ts'

export const hints: typeof enHints = {
  'group-star': ({ version, since }) =>
    `group "*" — подстановочный знак только начиная с Kubernetes ${since}; kube-apiserver ${version} отвергает его как недопустимое имя группы`,
}
