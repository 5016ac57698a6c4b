import MoreVertIcon from '@mui/icons-material/MoreVert'
import { IconButton, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material'
import { useId, useState, type ReactNode } from 'react'
import { t } from '../i18n/index.ts'

/** HeaderAction: one thing the header offers, as a button on wide screens and a menu item on narrow ones. */
export interface HeaderAction {
  label: string
  icon: ReactNode
  onClick: () => void
  disabled?: boolean
}

/** HeaderMenu: the header's actions that do not fit on a narrow screen, behind "More actions". */
export function HeaderMenu({ actions }: { actions: readonly HeaderAction[] }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  const buttonId = useId()
  return (
    <>
      <IconButton
        id={buttonId}
        color="inherit"
        aria-label={t.keepwork.actions.more}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <MoreVertIcon />
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        {actions.map((a) => (
          <MenuItem
            key={a.label}
            disabled={a.disabled}
            onClick={() => {
              setAnchor(null)
              a.onClick()
            }}
          >
            <ListItemIcon>{a.icon}</ListItemIcon>
            <ListItemText>{a.label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
