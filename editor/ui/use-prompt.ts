import { askPrompt } from './dialog-requests';

/** `const name = await usePrompt()({ title, label, initial })`: the typed text, or null when cancelled. */
export function usePrompt(): typeof askPrompt {
  return askPrompt;
}
