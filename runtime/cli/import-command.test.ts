import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../testing/test-runtime';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('lineflow import', () => {
  let t: TestRuntime;
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-import-'));
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(async () => {
    await t.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function lineflow(...args: string[]) {
    try {
      const { stdout, stderr } = await run(process.execPath, ['bin/lineflow.js', ...args], {
        cwd: root,
        env: { ...process.env, LINEFLOW_URL: t.url, ADMIN_API_TOKEN: testAdminToken },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('creates and publishes the examples; a second import names the workflow that exists, and --replace replaces its draft', async () => {
    const first = await lineflow('import', '--publish', 'examples/faq-menu.json', 'examples/csat-on-close.json');
    expect(first.stdout).toContain('examples/faq-menu.json: created, published as version 1');
    expect(first.code).toBe(0);
    const again = await lineflow('import', '--publish', 'examples/faq-menu.json');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('examples/faq-menu.json: A workflow with id "faq-menu" exists: "FAQ menu" (live: version 1)');
    expect(again.stderr).toContain('lineflow import --replace');
    expect((await t.api('GET', '/api/workflows')).body.workflows.filter((w: { name: string }) => w.name === 'FAQ menu')).toHaveLength(1);
    const same = await lineflow('import', '--publish', '--replace', 'examples/faq-menu.json');
    expect(same.stdout).toContain('examples/faq-menu.json: draft replaced, unchanged: version 1 is live');
    const changed = join(dir, 'faq-menu.json');
    const document = JSON.parse(readFileSync(join(root, 'examples/faq-menu.json'), 'utf8'));
    writeFileSync(changed, JSON.stringify({ ...document, description: 'Changed on disk' }));
    const replaced = await lineflow('import', '--replace', '--publish', changed);
    expect(replaced.stdout).toContain(`${changed}: draft replaced, published as version 2`);
    expect((await t.api('GET', '/api/workflows/faq-menu/versions')).body.versions).toHaveLength(2);
  });

  it('names the problem of a bad file and exits 1', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, id: 'bad', name: 'Bad', settings: { timezone: 'Mars/Base' }, nodes: [], edges: [] }));
    const result = await lineflow('import', file);
    expect(result.stderr).toContain(`${file}: settings.timezone must be an IANA time zone`);
    expect(result.code).toBe(1);
  });

  it('says when no server answers', async () => {
    const result = await run(process.execPath, ['bin/lineflow.js', 'import', 'examples/faq-menu.json'], {
      cwd: root,
      env: { ...process.env, LINEFLOW_URL: 'http://127.0.0.1:9', ADMIN_API_TOKEN: testAdminToken },
    }).catch((e) => e);
    expect(result.stderr).toContain('Cannot reach LineFlow at http://127.0.0.1:9');
  });
});

describe('lineflow user add', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  it('creates an admin with a generated password shown once, who can sign in', async () => {
    const result = await run(process.execPath, ['bin/lineflow.js', 'user', 'add', '--admin', 'first@example.com', '--name', 'First'], {
      cwd: root,
      env: { ...process.env, LINEFLOW_URL: t.url, ADMIN_API_TOKEN: testAdminToken },
    });
    const password = /password \(shown once\): (\S+)/.exec(result.stdout)?.[1];
    expect(result.stdout).toContain('admin first@example.com created');
    const signIn = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.com', password }),
    });
    expect(signIn.status).toBe(200);
    expect((await signIn.json()).user.role).toBe('admin');
  });
});
