import { formatNumber } from '../i18n/format';
import { i18n } from '../i18n/i18n';

const pad = (n: number) => String(n).padStart(2, '0');

/** A duration as people read it in their language: "45s", "2m 05s", "3h 07m", "2d 4h" in English; null (nothing measured) as "—". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const s = Math.round(seconds);
  if (s < 60) return i18n.t('reports:duration.seconds', { s });
  if (s < 3600) return i18n.t('reports:duration.minutes', { m: Math.floor(s / 60), s: pad(s % 60) });
  if (s < 86_400) return i18n.t('reports:duration.hours', { h: Math.floor(s / 3600), m: pad(Math.floor((s % 3600) / 60)) });
  return i18n.t('reports:duration.days', { d: Math.floor(s / 86_400), h: Math.floor((s % 86_400) / 3600) });
}

export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : formatNumber(n);
}

/** A CSAT average: one decimal. */
export function formatAverage(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A rate of 0–1 as a whole percentage. */
export function formatRate(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : formatNumber(n, { style: 'percent', maximumFractionDigits: 0 });
}

/**
 * A moment as "2025-04-01 14:05" in the company's time zone (the one the date filters use). Kept in
 * ISO order in every language: it reads the same in all five, sorts in a table, and matches the date filters.
 */
export function formatTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—';
  // Swedish writes dates the ISO way.
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

/** "firstMessage" → "First message", for series keys and sources the server names (English: they are the server's names). */
export function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

export type Better = 'higher' | 'lower' | 'neither';

/** How a number moved since the previous period: the text ("▲ 25%") and whether that is good. */
export function describeChange(now: number | null, before: number | null, better: Better): { text: string; tone: 'good' | 'bad' | 'flat' } | null {
  if (now === null || before === null) return null;
  if (now === before) return { text: i18n.t('reports:change.none'), tone: 'flat' };
  const arrow = now > before ? '▲' : '▼';
  const ratio = Math.round((Math.abs(now - before) / Math.abs(before)) * 100) / 100;
  const size = before === 0 ? i18n.t('reports:change.new') : formatNumber(ratio, { style: 'percent', maximumFractionDigits: 0 });
  const tone = better === 'neither' ? 'flat' : now > before === (better === 'higher') ? 'good' : 'bad';
  return { text: `${arrow} ${size}`, tone };
}
