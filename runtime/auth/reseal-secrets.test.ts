import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionsWithSecrets } from './reseal-secrets';

const runtimeDir = join(import.meta.dirname, '..');

/**
 * Where each place that seals a secret keeps it. A new call site must be added here, after checking
 * that its collection is in `collectionsWithSecrets`: otherwise `lineflow rotate-key` would leave
 * its secrets sealed with the old key, and they would stop opening after a rotation.
 */
const sealedInto: Record<string, string> = {
  'api/settings-router.ts': 'settings',
  'api/subscriptions-router.ts': 'eventSubscriptions',
  'api/channels-router.ts': 'channels',
  'credentials/credential-store.ts': 'settings',
  'auth/two-factor.ts': 'users',
  // Re-sealing itself writes back where it read.
  'auth/reseal-secrets.ts': 'settings',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // Test helpers (`testing/` folders) seal into throwaway stores, never into what a rotation re-seals.
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('key rotation covers every sealed secret', () => {
  it('knows every place that seals, and re-seals the collections they write', () => {
    const sealing = sourceFiles(runtimeDir)
      .filter((file) => /\.seal\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(runtimeDir, file))
      .sort();
    expect(sealing, 'a new .seal( call site: add it to sealedInto (and its collection to collectionsWithSecrets)').toEqual(Object.keys(sealedInto).sort());
    for (const collection of Object.values(sealedInto)) expect(collectionsWithSecrets).toContain(collection);
  });
});
