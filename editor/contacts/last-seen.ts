import { i18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';

/** "3 min ago", "yesterday", or the date, in the person's language: when the contact last wrote or changed. */
export function lastSeen(iso: string | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return i18n.t('contacts:lastSeen.justNow');
  if (minutes < 60) return i18n.t('contacts:lastSeen.minutes', { n: minutes });
  if (minutes < 24 * 60) return i18n.t('contacts:lastSeen.hours', { n: Math.round(minutes / 60) });
  if (minutes < 48 * 60) return i18n.t('contacts:lastSeen.yesterday');
  return formatDate(iso);
}
