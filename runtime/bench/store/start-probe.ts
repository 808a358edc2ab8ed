// Run in a fresh process by measure-start.ts: opens the store, answers a first query and a few
// more, then prints how long each part took and the process's resident memory, as one JSON line.
import { readFileSync } from 'node:fs';

const [dir, contactId] = process.argv.slice(2) as [string, string];
const scriptAt = performance.now();
const { openSqliteStore } = await import('../../store/sqlite/open-sqlite-store');
const importedAt = performance.now();
const store = openSqliteStore(dir);
const openedAt = performance.now();
const contact = await store.contacts.get(contactId);
const firstQueryAt = performance.now();
await store.conversations.find({ status: 'open' }, { sort: { lastMessageAt: -1 }, limit: 50 });
if (contact?.openConversationId) await store.messages.find({ conversationId: contact.openConversationId }, { sort: { at: 1 } });
await store.runs.find({ contactId }, { sort: { startedAt: -1 }, limit: 20 });
const status = readFileSync('/proc/self/status', 'utf8');
const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
await store.close();
process.stdout.write(
  `${JSON.stringify({
    found: contact !== null,
    // performance.now() counts from the process's start: node, tsx and the imports included.
    bootMs: scriptAt,
    importMs: importedAt - scriptAt,
    openMs: openedAt - importedAt,
    firstQueryMs: firstQueryAt - openedAt,
    readyMs: firstQueryAt,
    rssMb: kib('VmRSS') / 1024,
    peakRssMb: kib('VmHWM') / 1024,
  })}\n`,
);
