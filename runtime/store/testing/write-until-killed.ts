// Test helper: commits event-sized transactions forever, printing the number of each acknowledged one, until killed.
import { openSqliteStore } from '../sqlite/open-sqlite-store';

const store = openSqliteStore(process.argv[2]);
const at = new Date().toISOString();
for (let i = 1; ; i++) {
  await store.commit({
    puts: {
      counters: [{ id: `k${i}`, value: i }],
      messages: [
        {
          id: `m${i}`,
          conversationId: `c${i % 50}`,
          contactId: `U${i % 50}`,
          direction: 'in',
          author: 'customer',
          content: { type: 'text', text: `message ${i} ${'x'.repeat(i % 300)}` },
          at,
        },
      ],
    },
  });
  process.stdout.write(`${i}\n`);
}
