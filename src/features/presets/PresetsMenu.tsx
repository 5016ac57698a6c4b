import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import LibraryBooksOutlinedIcon from '@mui/icons-material/LibraryBooksOutlined'
import { Button, ListItemText, ListSubheader, Menu, MenuItem, Snackbar } from '@mui/material'
import { useId, useState } from 'react'
import { PRESETS, type Preset } from '../../policy/presets.ts'
import { t } from '../../i18n/index.ts'
import { PresetConfirmDialog } from './PresetConfirmDialog.tsx'
import { useGuardedPresetLoad } from './useGuardedPresetLoad.ts'

const GROUPS = [
  { kind: 'example', title: t.presets.examples },
  { kind: 'designed', title: t.presets.designed },
] as const

/** PresetsMenu: ready-made policies, each with a short explanation; asks before replacing unsaved work. */
export function PresetsMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const [loaded, setLoaded] = useState<string | null>(null)
  const guard = useGuardedPresetLoad((preset) => setLoaded(t.presets.items[preset.id].title))
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
        sx={{ flexShrink: 0, '& .MuiButton-startIcon': { display: { xs: 'none', sm: 'inherit' } } }}
        endIcon={<ExpandMoreIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {t.presets.button}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId, dense: true }, paper: { sx: { maxWidth: 460 } } }}
      >
        {GROUPS.flatMap((g) => [
          <ListSubheader key={g.kind}>{g.title}</ListSubheader>,
          ...PRESETS.filter((p) => p.kind === g.kind).map((p) => (
            <MenuItem
              key={p.id}
              onClick={() => choose(p)}
              sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}
            >
              <ListItemText
                primary={t.presets.items[p.id].title}
                secondary={t.presets.items[p.id].description}
              />
            </MenuItem>
          )),
        ])}
      </Menu>
      <PresetConfirmDialog guard={guard} />
      <Snackbar
        open={loaded !== null}
        autoHideDuration={4000}
        onClose={() => setLoaded(null)}
        message={loaded ? t.presets.loaded(loaded) : ''}
      />
    </>
  )
}
