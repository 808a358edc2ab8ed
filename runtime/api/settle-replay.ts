import type { RuntimeServices } from '../app/runtime-services';

const pollMs = 40;
/** Wait steps a replay skips per input at most (a loop of waits would otherwise never settle). */
const maxSkippedWaits = 5;

/**
 * Waits until the replay's test contact has finished with one input: the event is handled (its
 * archive entry is written in the same commit as its decision), every effect it decided is done
 * (messages delivered and recorded), and every HTTP call's answer, filed as an event of its own,
 * is handled too. A run left waiting on a wait step has its timer fired at once, as the test
 * chat's "skip" does: the replay is about what is said, not when. False when `deadline` passes first.
 */
export async function settleReplay(services: RuntimeServices, contactId: string, eventId: string, deadline: number): Promise<boolean> {
  const { store } = services;
  const answered = new Set<string>();
  let waiting = eventId;
  let skipped = 0;
  let quiet = 0;
  while (Date.now() < deadline) {
    // Twice in a row: an answer handled between two of the reads below is seen by the next look.
    quiet = (await settled(services, contactId, waiting, answered)) ? quiet + 1 : 0;
    if (quiet >= 2) {
      quiet = 0;
      const run = (await store.contacts.get(contactId))?.engine.run;
      if (!run || run.status !== 'waiting' || run.timer?.reason !== 'wait' || skipped >= maxSkippedWaits) return true;
      const now = Date.now();
      const timer = run.timer;
      await services.queue.enqueue({
        kind: 'timer',
        id: timer.id,
        contactId,
        timestamp: now,
        receivedAt: now,
        runId: run.id,
        visit: run.visit,
        reason: 'wait',
      });
      waiting = timer.id;
      skipped++;
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return false;
}

async function settled(services: RuntimeServices, contactId: string, eventId: string, answered: Set<string>): Promise<boolean> {
  const { store } = services;
  const handled = await store.inboundEvents.get(eventId);
  if (!handled || handled.outcome === 'received') return false;
  for (const call of await store.effects.find({ contactId, kind: 'http' })) {
    if (answered.has(call.id)) continue;
    // The call's answer resumes the run as event `r-<effect id>` (runtime/effects/http-effect.ts).
    if (!(await store.inboundEvents.get(`r-${call.id}`))) return false;
    answered.add(call.id);
  }
  // Last: what the answers just handled decided is pending here.
  return (await store.effects.count({ contactId, state: { $in: ['pending', 'started'] } })) === 0;
}
