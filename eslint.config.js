// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

/** Text people read or hear: JSX text and these attributes (our components' `label`, `text`, `submit` props too). */
export const noLiteralStringRule = [
  'error',
  {
    mode: 'jsx-only',
    // Template literals in JSX too: `Area ${n}` is a sentence with a hole, not a value.
    'should-validate-template': true,
    // Punctuation (with the typographic marks we join values with), all-caps codes and the brand are not translated.
    words: { exclude: ['[\\s0-9!-/:-@[-`{-~·–—→←…×]+', '[A-Z_-]+', 'LineFlow'] },
    'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'label', 'text', 'submit'] },
  },
];

// typescript-eslint's type-checked rules need TypeScript's JavaScript API, which the native
// TypeScript 7 compiler lacks: `typescript` (6.0) serves the linter, `typescript-native` (7) the
// type check (`npm run typecheck`).
export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'test-artifacts/', '.data/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The no-unsafe-* family flags every read of parsed JSON (webhook bodies, API answers,
      // ajv-validated documents): hundreds of casts that would add noise, not safety.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Store and transport methods implement Promise-returning interfaces over synchronous
      // SQLite; `async` is what turns their throws into rejections, so it stays without an await.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a value left unused on purpose (a destructured-away field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests and their helpers read API answers as loose JSON on purpose.
    files: ['**/*.test.{ts,tsx}', 'runtime/testing/**', 'shared/testing/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  reactHooks.configs.flat.recommended,
  {
    // Hooks are errors, not warnings: a missing dependency is a stale-closure bug.
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Every screen's text goes through t() (editor/i18n, issue #14): a bare English string here fails the lint.
    files: ['editor/**/*.tsx'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': noLiteralStringRule },
  },
  prettier,
);
