import { t } from '../../i18n/index.ts'
import { useDiagnostics } from '../../state/index.ts'

/** usePolicyBlocked: why the policy cannot be exported (its errors), or undefined. */
export function usePolicyBlocked(): string | undefined {
  const errors = useDiagnostics().filter((d) => d.severity === 'error').length
  return errors > 0 ? t.preview.blocked(errors) : undefined
}
