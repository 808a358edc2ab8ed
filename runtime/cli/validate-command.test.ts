import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/lineflow.js');
const dir = mkdtempSync(join(tmpdir(), 'lineflow-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lineflow(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('lineflow validate', () => {
  it('passes the examples with exit code 0', async () => {
    const files = ['faq-menu', 'routing-by-language', 'csat-on-close', 'shortcut-escalate', 'business-hours-autoreply'].map((name) => `examples/${name}.json`);
    const result = await lineflow('validate', ...files);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('examples/faq-menu.json: ok');
    expect(result.stdout).toContain('5 files checked: 0 errors, 0 warnings');
    expect(result.code).toBe(0);
  });

  it('prints FILE: node (step): field problem, and exits 1', async () => {
    const doc = JSON.parse(readFileSync(join(root, 'examples/faq-menu.json'), 'utf8'));
    doc.nodes[2].data.timeoutMinutes = 0;
    const file = join(dir, 'bad-timeout.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const result = await lineflow('validate', file);
    expect(result.stderr.trim()).toBe(`${file}: node ask-topic (Multiple choice): options.timeoutMinutes must be ≥ 1`);
    expect(result.code).toBe(1);
  });

  it('exits 0 with warnings only', async () => {
    const doc = JSON.parse(readFileSync(join(root, 'examples/faq-menu.json'), 'utf8'));
    doc.nodes.push({ id: 'orphan', type: 'add-note', position: { x: 0, y: 0 }, data: { text: 'x' } });
    const file = join(dir, 'warning.json');
    writeFileSync(file, JSON.stringify(doc));
    const result = await lineflow('validate', file);
    expect(result.stderr).toContain(`${file}: warning: node orphan (Internal note): cannot be reached from any trigger`);
    expect(result.code).toBe(0);
  });

  it('gives the line and column of bad JSON, not a stack trace', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "id": "x",\n  "name": "y"\n  "nodes": []\n}\n');
    const result = await lineflow('validate', file);
    expect(result.stderr.trim()).toBe(`${file}: not valid JSON at line 4, column 3: expected "," between items (or a closing bracket)`);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(result.code).toBe(1);
  });

  it('says when a file cannot be read', async () => {
    const result = await lineflow('validate', join(dir, 'missing.json'));
    expect(result.stderr).toContain('missing.json: cannot read the file (ENOENT)');
    expect(result.code).toBe(1);
  });

  it('explains its usage', async () => {
    expect((await lineflow('validate')).code).toBe(2);
    const unknown = await lineflow('frobnicate');
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(unknown.code).toBe(2);
  });
});
