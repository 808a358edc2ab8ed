import type { Database } from 'better-sqlite3';
import { reportContext } from '../../reports/report-context';
import type { Store } from '../../store/store';
import { bodyHash, type CaseTiming } from './measure-reports';

export interface HiddenCheck {
  /** What the store said when asked for messages while the table was away. */
  proof: string;
  results: { timing: CaseTiming; same: boolean; error?: string }[];
}

/**
 * The plain proof that no report reads messages: rename the table away under the running store,
 * ask every report again and compare its answer byte for byte with the one it gave before. A
 * report that read a message would fail with "no such table".
 */
export async function answerWithoutMessages(store: Store, db: Database, timings: CaseTiming[]): Promise<HiddenCheck> {
  db.exec('ALTER TABLE messages RENAME TO messages_hidden');
  try {
    let proof: string;
    try {
      await store.messages.count({});
      proof = 'the store still counted messages: the rename did not take';
    } catch (error) {
      proof = `store.messages.count() → ${(error as Error).message}`;
    }
    const results: HiddenCheck['results'] = [];
    for (const timing of timings) {
      try {
        const answer = await timing.case.answer(await reportContext(store, timing.case.filters));
        results.push({ timing, same: bodyHash(answer.body) === timing.hash });
      } catch (error) {
        results.push({ timing, same: false, error: (error as Error).message });
      }
    }
    return { proof, results };
  } finally {
    db.exec('ALTER TABLE messages_hidden RENAME TO messages');
  }
}
