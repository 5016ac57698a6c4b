import { saveLocale } from '../i18n/choice.ts'
import { locale, type Locale } from '../i18n/locale.ts'

/**
 * switchLanguage remembers `l` and reloads the page in it. The strings are chosen once per page load (before any
 * module builds its words), so a reload is the switch; autosave writes the work (the document and the YAML
 * editor's text) on the way out (state/persistence.ts, beforeunload) and the reloaded page restores it.
 * Nothing happens when the browser will not store the choice: the reload would come back in the old language.
 */
export function switchLanguage(l: Locale): void {
  if (l === locale() || !saveLocale(l)) return
  window.location.reload()
}
