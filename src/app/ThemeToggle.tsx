import DarkModeOutlinedIcon from '@mui/icons-material/DarkModeOutlined'
import LightModeOutlinedIcon from '@mui/icons-material/LightModeOutlined'
import { IconButton } from '@mui/material'
import { t } from '../i18n/index.ts'
import type { ColorMode } from './theme.ts'

/** ThemeToggle switches between light and dark. */
export function ThemeToggle({ mode, onToggle }: { mode: ColorMode; onToggle: () => void }) {
  const label = mode === 'dark' ? t.app.themeToLight : t.app.themeToDark
  return (
    <IconButton color="inherit" onClick={onToggle} aria-label={label} title={label}>
      {mode === 'dark' ? <LightModeOutlinedIcon /> : <DarkModeOutlinedIcon />}
    </IconButton>
  )
}
