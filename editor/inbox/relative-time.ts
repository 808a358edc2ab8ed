import { i18n } from '../i18n/i18n';
import { formatTime } from '../i18n/format';

const day = 24 * 60 * 60 * 1000;

/**
 * A list row's time, as LINE's chat list shows it, in the person's language: the clock time
 * today ("14:05"), "Yesterday", the weekday within a week ("Tue"), else the date ("Nov 3", with
 * the year when not this one). format.ts has no weekday-only or month-day style, so those two
 * use Intl with the current language directly.
 */
export function relativeTime(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const locale = i18n.language;
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (at.getTime() >= startOfToday) return formatTime(iso);
  if (at.getTime() >= startOfToday - day) return i18n.t('inbox:yesterday');
  if (at.getTime() >= startOfToday - 6 * day) return new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(at);
  const sameYear = at.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) }).format(at);
}

/** Snooze choices: in an hour, tomorrow at 9:00, next Monday at 9:00 (`key` names the label in the inbox namespace). */
export function snoozeTimes(now = new Date()): { key: 'actions.snoozeHour' | 'actions.snoozeTomorrow' | 'actions.snoozeNextWeek'; until: Date }[] {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  const toMonday = (8 - now.getDay()) % 7 || 7;
  const nextWeek = new Date(now.getFullYear(), now.getMonth(), now.getDate() + toMonday, 9, 0);
  return [
    { key: 'actions.snoozeHour', until: new Date(now.getTime() + 60 * 60 * 1000) },
    { key: 'actions.snoozeTomorrow', until: tomorrow },
    { key: 'actions.snoozeNextWeek', until: nextWeek },
  ];
}
