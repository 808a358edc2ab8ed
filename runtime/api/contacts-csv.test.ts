import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact } from '../engine/new-contact';
import { eventually, startTestRuntime, testAdminToken, type TestRuntime } from '../testing/test-runtime';

const taro = 'U00000000000000000000000000000c01';
const hana = 'U00000000000000000000000000000c02';
const fresh = 'U00000000000000000000000000000c03';

describe('contacts as CSV', () => {
  let t: TestRuntime;
  const exportCsv = async (query = '') => {
    const response = await fetch(`${t.url}/api/contacts.csv${query}`, { headers: { authorization: `Bearer ${testAdminToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  };

  beforeAll(async () => {
    t = await startTestRuntime();
    const { store } = t.runtime.services;
    const at = new Date('2026-01-01T00:00:00Z');
    await store.contacts.insert({
      ...newContact(taro, at, 'message'),
      displayName: '山田 太郎',
      language: 'ja',
      fields: { plan: 'gold, yearly', visits: 3, vip: true, formula: '=HYPERLINK("http://x")' },
      tags: ['vip', 'tokyo'],
    });
    await store.contacts.insert({
      ...newContact(hana, new Date('2026-01-02T00:00:00Z'), 'follow'),
      displayName: 'Hana "H" Lee',
      fields: { note: 'line one\nline two' },
      tags: [],
    });
  });
  afterAll(() => t.stop());

  it('exports every contact with a column per field, a BOM, and formulas kept from running', async () => {
    const csv = await exportCsv('?sort=name');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('id,displayName,language,channel,tags,formula,note,plan,vip,visits');
    expect(lines[1]).toBe(`${hana},"Hana ""H"" Lee",,default,,,"line one\nline two",,,`);
    expect(lines[2]).toBe(`${taro},山田 太郎,ja,default,vip; tokyo,"'=HYPERLINK(""http://x"")",,"gold, yearly",true,3`);
    expect(await exportCsv('?tag=tokyo')).toContain(taro);
    expect(await exportCsv('?tag=tokyo')).not.toContain(hana);
  });

  it('imports its own export back: values and their types as they were', async () => {
    const csv = await exportCsv();
    // Changed since the export: the import puts the exported values back (and adds, never removes, tags).
    expect((await t.api('PATCH', `/api/contacts/${taro}`, { displayName: 'Taro', fields: { visits: 9, plan: 'free' }, removeTags: ['tokyo'] })).status).toBe(
      202,
    );
    await eventually(async () => (await t.runtime.services.store.contacts.get(taro))?.displayName === 'Taro');
    const imported = await t.api('POST', '/api/contacts/import', { csv });
    expect(imported.body).toEqual({ imported: 2, created: 0, dryRun: false, problems: [] });
    const back = await eventually(async () => {
      const c = await t.runtime.services.store.contacts.get(taro);
      return c?.displayName === '山田 太郎' ? c : null;
    });
    expect(back.fields).toEqual({ plan: 'gold, yearly', visits: 3, vip: true, formula: '=HYPERLINK("http://x")' });
    expect(back.tags).toEqual(['vip', 'tokyo']);
    expect((await t.runtime.services.store.contacts.get(hana))?.fields).toEqual({ note: 'line one\nline two' });
  });

  it('creates a contact for a new LINE user id, and finds it by its imported field', async () => {
    const imported = await t.api('POST', '/api/contacts/import', { csv: `id,displayName,tags,member\r\n${fresh},New One,imported,M-123\r\n` });
    expect(imported.body).toMatchObject({ imported: 1, created: 1 });
    const found = await eventually(async () => (await t.api('GET', '/api/contacts?q=M-123')).body.contacts[0]);
    expect(found).toMatchObject({ id: fresh, displayName: 'New One', tags: ['imported'], fields: { member: 'M-123' } });
  });

  it('names the line and column of every problem, and imports nothing then', async () => {
    const csv = [
      'id,displayName,language,tags,plan',
      `${taro},Changed,ja,ok,x`,
      'Unot-a-line-id,Someone,,,',
      `${hana},,klingon!,a;${'t'.repeat(51)},`,
      `${taro},Twice,,,`,
      `${hana},too,few`,
    ].join('\n');
    const refused = await t.api('POST', '/api/contacts/import', { csv });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('5 problem(s) in the file; nothing was imported');
    expect(refused.body.problems).toEqual([
      { line: 3, column: 'id', message: expect.stringContaining('no contact "Unot-a-line-id"') },
      { line: 4, column: 'language', message: expect.stringContaining('not a language code') },
      { line: 4, column: 'tags', message: expect.stringContaining('must be 1 to 50 characters') },
      { line: 5, column: 'id', message: expect.stringContaining('is on line 2 too') },
      { line: 6, message: 'has 3 cells; the header has 5' },
    ]);
    expect((await t.runtime.services.store.contacts.get(taro))?.displayName).toBe('山田 太郎');

    const header = await t.api('POST', '/api/contacts/import', { csv: 'name,displayName,tags\nx,y,z\n' });
    expect(header.body.problems).toEqual([{ line: 1, message: 'the header has no id column' }]);
    const badField = await t.api('POST', '/api/contacts/import', { csv: `id,my field\n${taro},x\n` });
    expect(badField.body.problems).toEqual([{ line: 1, column: 'my field', message: expect.stringContaining('must start with a letter') }]);
    const dry = await t.api('POST', '/api/contacts/import', { csv: `id,plan\n${taro},platinum\n`, dryRun: true });
    expect(dry.body).toEqual({ imported: 1, created: 0, dryRun: true, problems: [] });
  });
});
