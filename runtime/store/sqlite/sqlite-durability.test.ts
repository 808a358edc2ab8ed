import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from './open-sqlite-store';

describe('SQLite store durability', () => {
  it('keeps every acknowledged transaction after kill -9 in the middle of writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lineflow-kill-'));
    try {
      const script = fileURLToPath(new URL('../testing/write-until-killed.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      let acked = 0;
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const lines = chunk.toString().trim().split('\n');
          acked = Math.max(acked, Number(lines[lines.length - 1]));
          // Killed while it writes as fast as it can: the next transaction is under way.
          if (acked >= 3000) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((resolve) => child.on('exit', resolve));
      const store = openSqliteStore(dir);
      expect(await store.counters.count({})).toBeGreaterThanOrEqual(acked);
      for (let i = 1; i <= acked; i++) {
        expect(await store.counters.get(`k${i}`)).toEqual({ id: `k${i}`, value: i });
        expect((await store.messages.get(`m${i}`))?.content).toMatchObject({ text: expect.stringMatching(new RegExp(`^message ${i} `)) });
      }
      // Still writable after the crash.
      await store.counters.put({ id: 'after', value: 1 });
      expect(await store.counters.get('after')).toEqual({ id: 'after', value: 1 });
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
