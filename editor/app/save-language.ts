import { api } from '../api/api-client';
import { isLanguageCode } from '../i18n/i18n';
import { toast } from '../ui/toast';

/** Saves the chosen language on the server so it follows the person to other browsers. */
export function saveLanguage(code: string): void {
  if (!isLanguageCode(code)) return;
  api('setMyLanguage', { body: { language: code } }).catch((err: unknown) => toast(err instanceof Error ? err.message : String(err), 'error'));
}
