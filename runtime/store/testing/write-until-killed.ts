// Test helper: writes counters forever, printing the number of each acknowledged write, until killed.
import { openEmbeddedStore } from '../open-embedded-store';

const store = await openEmbeddedStore(process.argv[2] as string);
for (let i = 1; ; i++) {
  await store.counters.put({ id: `k${i}`, value: i });
  process.stdout.write(`${i}\n`);
}
