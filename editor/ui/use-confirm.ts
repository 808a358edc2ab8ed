import { askConfirm } from './dialog-requests';

/**
 * `const confirm = useConfirm(); if (!(await confirm({ title, message, confirmLabel: 'Delete', danger: true }))) return;`
 * The answer comes from the app's dialog (`DialogHost`, mounted once by the app).
 */
export function useConfirm(): typeof askConfirm {
  return askConfirm;
}
