import { useTranslation } from 'react-i18next';
import { i18n } from './i18n';

/** Dates, times and numbers in the person's chosen language, never the machine's default. */
type DateStyle = 'short' | 'medium' | 'long';

function locale(): string {
  return i18n.language || 'en';
}

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(value: string | number | Date, style: DateStyle = 'medium'): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(locale(), { dateStyle: style, timeStyle: 'short' }).format(date);
}

export function formatTime(value: string | number | Date): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(date) : String(value);
}

export function formatDate(value: string | number | Date, style: DateStyle = 'medium'): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(locale(), { dateStyle: style }).format(date) : String(value);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale(), options).format(value);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 minutes ago", "in 2 days" in the current language; `now` is a parameter so tests need no clock. */
export function formatRelative(value: string | number | Date, now: Date = new Date()): string {
  const date = toDate(value);
  if (!date) return String(value);
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const [unit, size] = units.find(([, unitSeconds]) => Math.abs(seconds) >= unitSeconds) ?? ['second', 1];
  return new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }).format(Math.round(seconds / size), unit);
}

/** The formatters, re-rendering the caller when the language changes. */
export function useFormat() {
  useTranslation();
  return { formatDateTime, formatTime, formatDate, formatNumber, formatRelative };
}
