import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import { MoreHorizontal, type LucideIcon } from 'lucide-react';
import './ui.css';

/** One thing a menu does; `danger` colours it red (a delete). */
export interface MenuAction {
  label: string;
  onSelect: () => void;
  icon?: LucideIcon;
  danger?: boolean;
  disabled?: boolean;
}

/**
 * A "more actions" button and its menu (Radix DropdownMenu, the WAI-ARIA menu button pattern):
 * Enter, Space or arrow down opens it, arrow keys move, typing a letter jumps, Escape closes and
 * gives the focus back to the button. `label` names the button ("Actions for FAQ menu").
 */
export function Menu({ label, actions }: { label: string; actions: (MenuAction | 'separator')[] }) {
  return (
    <RadixMenu.Root modal={false}>
      <RadixMenu.Trigger asChild>
        <button type="button" className="icon-button menu-button" aria-label={label}>
          <MoreHorizontal className="icon" aria-hidden="true" />
        </button>
      </RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content className="menu" align="end" sideOffset={4} collisionPadding={8} loop>
          {actions.map((action, i) =>
            action === 'separator' ? (
              <RadixMenu.Separator key={`separator-${i}`} className="menu-separator" />
            ) : (
              <RadixMenu.Item
                key={action.label}
                className={action.danger ? 'menu-item danger' : 'menu-item'}
                disabled={action.disabled}
                onSelect={action.onSelect}
              >
                {action.icon ? <action.icon className="icon" aria-hidden="true" /> : null}
                {action.label}
              </RadixMenu.Item>
            ),
          )}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}
