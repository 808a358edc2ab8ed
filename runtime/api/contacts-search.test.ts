import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact } from '../engine/new-contact';
import type { ContactRecord } from '../store/records';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const bulk = 10_000;
const hex = (n: number) => n.toString(16).padStart(32, '0');
const oldest = `U${'a'.repeat(8)}${hex(1).slice(8)}`;

/** Contact i of the bulk, created one second after the one before (the oldest first). */
function contactAt(i: number, values: Partial<ContactRecord> = {}): ContactRecord {
  const at = new Date(Date.UTC(2025, 0, 1) + i * 1000);
  return { ...newContact(values.id ?? `U${hex(100_000 + i)}`, at, 'message'), displayName: `Customer ${String(i).padStart(5, '0')}`, ...values };
}

describe('contact search over 10,000 contacts', () => {
  let t: TestRuntime;
  const listed: string[] = [];

  beforeAll(async () => {
    t = await startTestRuntime();
    const { store } = t.runtime.services;
    // The one to find: created first, before 10,000 others.
    const first = contactAt(0, { id: oldest, displayName: 'Hanako Yamada 山田花子', fields: { plan: 'platinum-7781', visits: 3 }, tags: ['early-bird'] });
    await store.contacts.insert(first);
    listed.push(first.id);
    for (let i = 1; i <= bulk; i++) {
      const contact = contactAt(i, { fields: { city: i % 2 ? 'Osaka' : 'Tokyo' }, tags: i % 1000 === 0 ? ['thousand'] : [] });
      await store.contacts.insert(contact);
      listed.push(contact.id);
    }
    // Never listed: a contact of the editor's test chat, and one merged into another.
    await store.contacts.insert(contactAt(bulk + 1, { id: 'sim-test-hanako', displayName: 'Hanako (test chat)', tags: ['early-bird'] }));
    await store.contacts.insert(contactAt(bulk + 2, { id: `U${hex(999_999)}`, displayName: 'Hanako merged', mergedInto: oldest, tags: ['early-bird'] }));
  }, 120_000);
  afterAll(() => t.stop());

  const ids = async (query: string) => {
    const answer = await t.api('GET', `/api/contacts?${query}`);
    expect(answer.status).toBe(200);
    return (answer.body.contacts as { id: string }[]).map((c) => c.id);
  };

  it('finds the first contact by name, in any script', async () => {
    expect(await ids('q=hanako')).toEqual([oldest]);
    expect(await ids(`q=${encodeURIComponent('山田花')}`)).toEqual([oldest]);
    // Two characters are too few for trigrams: names and ids starting with them.
    expect(await ids('q=Ha')).toEqual([oldest]);
  });

  it('finds it by LINE user id, whole or its start', async () => {
    expect(await ids(`q=${oldest}`)).toEqual([oldest]);
    expect(await ids(`q=${oldest.slice(0, 12)}`)).toEqual([oldest]);
  });

  it('finds it by a field value and by tag, and a tag exactly', async () => {
    expect(await ids('q=platinum-77')).toEqual([oldest]);
    expect(await ids('q=early-bird')).toEqual([oldest]);
    expect(await ids('tag=early-bird')).toEqual([oldest]);
    // A tag filter is the whole tag: "early" is not the tag early-bird.
    expect(await ids('tag=early')).toEqual([]);
    expect(await ids('tag=thousand&sort=name')).toEqual(listed.filter((_, i) => i > 0 && i % 1000 === 0));
  });

  it('combines text and tag, and pages through many matches', async () => {
    expect(await ids('q=Customer%2001&tag=thousand')).toEqual([listed[1000]]);
    const osaka = new Set<string>();
    let cursor = '';
    do {
      const answer = await t.api('GET', `/api/contacts?q=osaka&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      for (const c of answer.body.contacts) osaka.add(c.id);
      cursor = answer.body.next ?? '';
    } while (cursor);
    expect(osaka.size).toBe(bulk / 2);
  });

  for (const sort of ['newest', 'name'] as const) {
    it(`pages through every contact once, ${sort}`, async () => {
      const seen: string[] = [];
      let cursor = '';
      do {
        const answer = await t.api('GET', `/api/contacts?sort=${sort}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(answer.status).toBe(200);
        seen.push(...answer.body.contacts.map((c: { id: string }) => c.id));
        cursor = answer.body.next ?? '';
      } while (cursor);
      expect(seen).toHaveLength(listed.length);
      expect(new Set(seen).size).toBe(listed.length);
      // Newest: the last created first. By name: "Customer 00001"… then "Hanako…" last.
      const expected = sort === 'newest' ? [...listed].reverse() : [...listed.slice(1), listed[0]];
      expect(seen).toEqual(expected);
    });
  }

  it('refuses a cursor it did not give, and a limit out of range', async () => {
    expect((await t.api('GET', '/api/contacts?cursor=bogus')).status).toBe(400);
    expect((await t.api('GET', '/api/contacts?limit=0')).status).toBe(400);
    expect((await t.api('GET', '/api/contacts?limit=201')).status).toBe(400);
  });
});
