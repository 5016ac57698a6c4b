import TranslateOutlinedIcon from '@mui/icons-material/TranslateOutlined'
import { Box, InputBase, NativeSelect } from '@mui/material'
import { LANGUAGE_NAMES, saveLocale } from '../i18n/choice.ts'
import { t } from '../i18n/index.ts'
import { locale, LOCALES, type Locale } from '../i18n/locale.ts'

/**
 * switchLanguage remembers `l` and reloads the page in it. The strings are chosen once per page load (before any
 * module builds its words), so a reload is the switch; autosave writes the work (the document and the YAML
 * editor's text) on the way out (state/persistence.ts, beforeunload) and the reloaded page restores it.
 * Nothing happens when the browser will not store the choice: the reload would come back in the old language.
 */
function switchLanguage(l: Locale): void {
  if (l === locale() || !saveLocale(l)) return
  window.location.reload()
}

/** LanguageSwitch: the header's language control, a native select (keyboard and screen readers work as usual). */
export function LanguageSwitch() {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexShrink: 0, color: 'text.secondary' }}>
      <TranslateOutlinedIcon fontSize="small" aria-hidden />
      <NativeSelect
        value={locale()}
        onChange={(e) => switchLanguage(e.target.value as Locale)}
        input={<InputBase />}
        inputProps={{ 'aria-label': t.app.language, title: t.app.language }}
        sx={{ fontSize: '0.875rem', color: 'text.primary' }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </NativeSelect>
    </Box>
  )
}
