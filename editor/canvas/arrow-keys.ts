import type { KeyboardEvent } from 'react';

/**
 * Up and down arrows (Home, End) move the focus among the options of a list of buttons, from the
 * search field above it too; true when the key was used.
 */
export function moveAmongOptions(event: KeyboardEvent, list: HTMLElement | null): boolean {
  if (!list || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return false;
  const options = [...list.querySelectorAll<HTMLElement>('[data-option]')];
  if (!options.length) return false;
  const at = options.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? options.length - 1 : event.key === 'ArrowDown' ? Math.min(at + 1, options.length - 1) : at - 1;
  event.preventDefault();
  // Up from the first option goes back to the search field.
  if (next < 0) return (list.closest('[data-search-scope]')?.querySelector<HTMLElement>('input[type="search"]')?.focus(), true);
  options[next]?.focus();
  return true;
}
