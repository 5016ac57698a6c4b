import { ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material'
import type { HeaderAction } from './HeaderMenu.tsx'

interface HeaderMenuListProps {
  actions: readonly HeaderAction[]
  anchor: HTMLElement | null
  menuId: string
  buttonId: string
  onClose: () => void
}

/** HeaderMenuList: the "More actions" menu itself, loaded on the first visit of its button (see HeaderMenu). */
export function HeaderMenuList({ actions, anchor, menuId, buttonId, onClose }: HeaderMenuListProps) {
  return (
    <Menu
      id={menuId}
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{ list: { 'aria-labelledby': buttonId } }}
    >
      {actions.map((a) => (
        <MenuItem
          key={a.label}
          disabled={a.disabled}
          onClick={() => {
            onClose()
            a.onClick()
          }}
        >
          <ListItemIcon>{a.icon}</ListItemIcon>
          <ListItemText>{a.label}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  )
}
