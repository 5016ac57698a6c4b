import TranslateOutlinedIcon from '@mui/icons-material/TranslateOutlined'
import { Box, InputBase, NativeSelect } from '@mui/material'
import { LANGUAGE_NAMES } from '../i18n/choice.ts'
import { t } from '../i18n/index.ts'
import { locale, LOCALES, type Locale } from '../i18n/locale.ts'
import { switchLanguage } from './switchLanguage.ts'

/**
 * LanguageSwitch: the header's language control on wide screens, a native select (keyboard and screen readers
 * work as usual); on narrow ones the other language is an item of "More actions" (AppHeader).
 */
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
