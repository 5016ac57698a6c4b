import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import LibraryBooksOutlinedIcon from '@mui/icons-material/LibraryBooksOutlined'
import { Box, Button } from '@mui/material'
import { lazy, Suspense, useId, useState } from 'react'
import type { Preset } from '../../policy/presets.ts'
import { t } from '../../i18n/index.ts'
import { presetWords } from './presetWords.ts'
import { PresetConfirmDialog } from './PresetConfirmDialog.tsx'
import { useGuardedPresetLoad } from './useGuardedPresetLoad.ts'

// The menu, its items and the presets' data load when the user heads for the button (the first screen stays
// light).
const loadMenuList = () => import('./PresetsMenuList.tsx')
const PresetsMenuList = lazy(() => loadMenuList().then((m) => ({ default: m.PresetsMenuList })))

/** The button's word: read out everywhere, shown from the `sm` breakpoint up (visually hidden on a phone). */
const WORD_ON_WIDE_SCREENS = {
  position: { xs: 'absolute', sm: 'static' },
  width: { xs: '1px', sm: 'auto' },
  height: { xs: '1px', sm: 'auto' },
  overflow: { xs: 'hidden', sm: 'visible' },
  clipPath: { xs: 'inset(50%)', sm: 'none' },
  whiteSpace: 'nowrap',
} as const

/** PresetsMenu: ready-made policies, each with a short explanation; asks before replacing unsaved work. */
export function PresetsMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  // Stays mounted after the first opening, so the menu can animate out and the snackbar can show.
  const [opened, setOpened] = useState(false)
  const [loaded, setLoaded] = useState<string | null>(null)
  const guard = useGuardedPresetLoad((preset) => setLoaded(presetWords(preset.id).title))
  const menuId = useId()
  const buttonId = useId()

  const choose = (preset: Preset) => {
    setAnchor(null)
    guard.choose(preset)
  }

  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        variant="outlined"
        startIcon={<LibraryBooksOutlinedIcon />}
        // On a phone the button is its icons (its word stays its name), so that the header's title place, where
        // confirmations show (LazySnackbar), is wide enough for them.
        sx={{
          flexShrink: 0,
          minWidth: 0,
          px: { xs: 0.75, sm: 1.875 },
          '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 }, ml: { xs: 0, sm: -0.5 } },
          '& .MuiButton-endIcon': { ml: { xs: 0, sm: 1 }, mr: { xs: 0, sm: -0.5 } },
        }}
        endIcon={<ExpandMoreIcon />}
        // Heading for the button (pointer or focus) starts loading the menu, so it opens at once on the click.
        onPointerEnter={() => void loadMenuList()}
        onFocus={() => void loadMenuList()}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => {
          setOpened(true)
          setAnchor(e.currentTarget)
        }}
      >
        <Box component="span" sx={WORD_ON_WIDE_SCREENS}>
          {t.presets.button}
        </Box>
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <PresetsMenuList
            anchor={anchor}
            menuId={menuId}
            buttonId={buttonId}
            onClose={() => setAnchor(null)}
            onChoose={choose}
            loaded={loaded}
            onLoadedShown={() => setLoaded(null)}
          />
        </Suspense>
      )}
      <PresetConfirmDialog guard={guard} />
    </>
  )
}
