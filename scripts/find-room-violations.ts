import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Libraries of one side that the pure `shared/` room must never import. */
export const sideLibraries = ['react', 'react-dom', '@xyflow/react', 'zustand', 'express', 'mongoose', 'bullmq', 'ioredis', '@line/bot-sdk', 'pino'];
/** Packages `shared/` may import: pure, browser-safe. */
export const sharedAllowedPackages = ['ajv', 'jsonc-parser', 're2js'];
/** Server-only packages the browser bundle must never pull in. */
const serverOnly = ['express', 'mongoose', 'bullmq', 'ioredis', '@line/bot-sdk', 'pino', 'better-sqlite3'];

export interface RoomViolation {
  file: string;
  specifier: string;
  rule: string;
}

const importPattern =
  /(?:^|[;\s])(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier a TypeScript source imports or re-exports. */
export function importedSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...withoutComments.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Checks the rooms of ../shared/STYLE.md: shared/ imports neither side (only itself and a few
 * pure packages), editor/ never reaches into runtime/ or server libraries, runtime/ never into editor/.
 */
export function findRoomViolations(root: string): RoomViolation[] {
  const violations: RoomViolation[] = [];
  for (const room of ['shared', 'editor', 'runtime']) {
    for (const file of sourceFiles(join(root, room))) {
      const rel = relative(root, file).split(sep).join('/');
      // Tests and their harnesses run in Node and are never bundled: they may use Node's modules.
      // What drives both sides at once (browser tests) lives in e2e/, outside the rooms.
      const isTestCode = /\.test\.tsx?$/.test(rel) || /^(shared|runtime)\/(testing|bench)\//.test(rel);
      for (const specifier of importedSpecifiers(readFileSync(file, 'utf8'))) {
        const rule = ruleBroken(root, room, file, specifier, isTestCode);
        if (rule) violations.push({ file: rel, specifier, rule });
      }
    }
  }
  return violations;
}

function ruleBroken(root: string, room: string, file: string, specifier: string, isTestCode: boolean): string | null {
  if (specifier.startsWith('.')) {
    const target = relative(root, resolve(dirname(file), specifier)).split(sep)[0];
    if (room === 'shared' && target !== 'shared') return `shared/ may only import from shared/, not ${target}/`;
    if (room === 'editor' && target === 'runtime') return 'editor/ must not import runtime/';
    if (room === 'runtime' && target === 'editor') return 'runtime/ must not import editor/';
    return null;
  }
  const name = packageName(specifier);
  if (room === 'shared') {
    if (isTestCode && (specifier.startsWith('node:') || name === 'vitest')) return null;
    if (sideLibraries.includes(name)) return `shared/ must stay pure: it may not import ${name}`;
    if (!sharedAllowedPackages.includes(name)) return `shared/ may only import ${sharedAllowedPackages.join(', ')} (it runs in the browser too)`;
  }
  if (room === 'editor' && !isTestCode && (serverOnly.includes(name) || specifier.startsWith('node:'))) {
    return `editor/ runs in the browser and may not import ${name}`;
  }
  return null;
}

function* sourceFiles(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|js|jsx|mjs)$/.test(entry.name)) yield path;
  }
}
