import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages people can choose, each named in itself so anyone can find their own. */
export const languages = [
  { code: 'en', name: 'English' },
  { code: 'ja', name: '日本語' },
  { code: 'th', name: 'ไทย' },
  { code: 'zh-TW', name: '繁體中文' },
  { code: 'id', name: 'Bahasa Indonesia' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

const languageCodes: readonly string[] = languages.map((language) => language.code);
const storageKey = 'lineflow.language';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && languageCodes.includes(value);
}

// Eager glob: every locale file is bundled, so switching language never waits on the network (Vite and Vitest both support it).
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

function loadResources(): Resource {
  const resources: Resource = {};
  for (const [path, messages] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match;
    resources[language] = { ...resources[language], [namespace]: messages };
  }
  return resources;
}

/** Best match for a browser tag: exact code, then Chinese variants to zh-TW, then the base language. */
export function matchLanguage(tag: string | null | undefined): LanguageCode | null {
  if (!tag) return null;
  if (isLanguageCode(tag)) return tag;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-TW';
  const base = lower.split('-')[0];
  // Indonesian has an old code "in" still sent by some systems.
  if (base === 'in') return 'id';
  return isLanguageCode(base) ? base : null;
}

function readStored(): LanguageCode | null {
  try {
    return matchLanguage(globalThis.localStorage?.getItem(storageKey));
  } catch {
    return null;
  }
}

function initialLanguage(): LanguageCode {
  const fromBrowser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return readStored() ?? fromBrowser.map(matchLanguage).find((code) => code !== null) ?? 'en';
}

function applyDocumentLanguage(code: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = code;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: loadResources(),
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...languageCodes],
  ns: ['common', 'app'],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyDocumentLanguage(i18n.language);

/** Switches the interface at once and remembers the choice in this browser (the server copy is saved by the caller). */
export function setLanguage(code: string): void {
  const language = matchLanguage(code) ?? 'en';
  void i18n.changeLanguage(language);
  applyDocumentLanguage(language);
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Private mode or storage full: the server copy still carries the choice.
  }
}
