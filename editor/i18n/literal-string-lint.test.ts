import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const rule = 'i18next/no-literal-string';

/** Every screen component of the editor (tests excluded: their strings are what they look for). */
function editorComponents(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.tsx') && !entry.name.includes('.test.')) files.push(relative(root, path));
    }
  };
  walk(join(root, 'editor'));
  return files.sort();
}

// The project's own ESLint config, as `npm run lint` reads it.
const projectLint = new ESLint({ cwd: root });

async function ruleFor(file: string): Promise<Linter.RuleEntry | undefined> {
  const config = (await projectLint.calculateConfigForFile(file)) as { rules?: Record<string, Linter.RuleEntry> };
  return config.rules?.[rule];
}

describe('text that bypasses i18next fails the lint', () => {
  it('the rule is on, as an error, for every editor component', async () => {
    const files = editorComponents();
    expect(files.length).toBeGreaterThan(150);
    const off: string[] = [];
    for (const file of files) {
      const entry = await ruleFor(file);
      const level = Array.isArray(entry) ? entry[0] : entry;
      if (level !== 'error' && level !== 2) off.push(file);
    }
    expect(off).toEqual([]);
  });

  it('with the project’s options it flags bare text, read attributes and sentence templates, and passes t()', async () => {
    const options = await ruleFor('editor/inbox/composer.tsx');
    const sample = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.tsx'], languageOptions: { parser: tseslint.parser }, plugins: { i18next }, rules: { [rule]: options } }],
    });
    const code = [
      'export function Bare({ n }: { n: number }) {',
      '  return <button aria-label="Close it">Save changes</button>;',
      '}',
      'export const RowLabel = ({ n }: { n: number }) => <span title={`Area ${n}`}>{n}</span>;',
      'export function Translated({ t, a, b }: { t: (key: string) => string; a: string; b: string }) {',
      "  return <p title={t('x')} className=\"row wide\">{t('y')} LineFlow {`${a} · ${b}`} …</p>;",
      '}',
    ].join('\n');
    const [result] = await sample.lintText(code, { filePath: 'editor/app/sample.tsx' });
    const lines = result.messages.map((m) => `${m.line}:${m.ruleId}`);
    expect(lines).toEqual([`2:${rule}`, `2:${rule}`, `4:${rule}`]);
  });
});
