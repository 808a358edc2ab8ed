const day = 24 * 60 * 60 * 1000;

/**
 * A list row's time, as LINE's chat list shows it: the clock time today ("14:05"), "Yesterday",
 * the weekday within a week ("Tue"), else the date ("Nov 3", with the year when not this one).
 */
export function relativeTime(iso: string, now = new Date(), locale?: string): string {
  const at = new Date(iso);
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (at.getTime() >= startOfToday) return at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hour12: false });
  if (at.getTime() >= startOfToday - day) return 'Yesterday';
  if (at.getTime() >= startOfToday - 6 * day) return at.toLocaleDateString(locale, { weekday: 'short' });
  const sameYear = at.getFullYear() === now.getFullYear();
  return at.toLocaleDateString(locale, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** Snooze choices: in an hour, tomorrow at 9:00, next Monday at 9:00. */
export function snoozeTimes(now = new Date()): { label: string; until: Date }[] {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  const toMonday = (8 - now.getDay()) % 7 || 7;
  const nextWeek = new Date(now.getFullYear(), now.getMonth(), now.getDate() + toMonday, 9, 0);
  return [
    { label: 'For 1 hour', until: new Date(now.getTime() + 60 * 60 * 1000) },
    { label: 'Until tomorrow 9:00', until: tomorrow },
    { label: 'Until next week (Mon 9:00)', until: nextWeek },
  ];
}
