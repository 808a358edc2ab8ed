import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelineEnglish } from '../../shared/timeline/timeline-message';

const root = join(import.meta.dirname, 'locales');
const others = ['ja', 'th', 'zh-TW', 'id'];

/** Flat `a.b` keys of a message file, with each value. */
function flatten(messages: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    if (value && typeof value === 'object') for (const [k, v] of flatten(value as Record<string, unknown>, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

const read = (lang: string, file: string) => flatten(JSON.parse(readFileSync(join(root, lang, file), 'utf8')) as Record<string, unknown>);
const variables = (text: unknown) => [...String(text).matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((m) => m[1]).sort();
// English plural keys (_one/_other) are matched by the base key plus _other in languages without a singular form.
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locale files', () => {
  for (const file of readdirSync(join(root, 'en'))) {
    for (const lang of others) {
      it(`${lang}/${file} has every English key, with the same variables and no empty text`, () => {
        const en = read('en', file);
        const translated = read(lang, file);
        const problems: string[] = [];
        for (const [key, text] of en) {
          const match = translated.get(key) ?? translated.get(`${baseKey(key)}_other`);
          if (typeof match !== 'string' || match.trim() === '') problems.push(`${key}: missing or empty`);
          else if (variables(match).join() !== variables(text).join())
            problems.push(`${key}: variables ${variables(match).join()} ≠ ${variables(text).join()}`);
        }
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('the timeline’s English', () => {
  // The API's `text` is rendered from shared/timeline's table, the inbox from inbox.json: one wording in both.
  it('is the same in shared/timeline and the inbox namespace', () => {
    const inbox = JSON.parse(readFileSync(join(root, 'en', 'inbox.json'), 'utf8')) as { timeline: Record<string, string> };
    expect(inbox.timeline).toEqual(timelineEnglish);
  });
});
