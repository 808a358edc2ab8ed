import { VersionConflictError } from '../store/store-errors';
import type { EffectContext } from './effect-kind';

/** Ends a run that an effect could not carry out (LINE refused its message), fenced like every write. */
export async function failRun(contactId: string, runId: string, error: string, ctx: EffectContext): Promise<void> {
  const { store } = ctx.deps;
  const at = ctx.deps.now().toISOString();
  for (let attempt = 0; attempt < 5; attempt++) {
    const [run, contact] = await Promise.all([store.runs.get(runId), store.contacts.get(contactId)]);
    if (!run || run.status === 'failed') return;
    const fence = ctx.lease ? { fence: { contactId, token: ctx.lease.fence } } : {};
    const failed = { ...run, status: 'failed' as const, error, nodeId: null, endedAt: at, updatedAt: at };
    try {
      if (contact?.engine.run?.id === runId) {
        contact.engine.run = null;
        await store.commit({ ...fence, contact: { doc: contact, expectedVersion: contact.version ?? null }, puts: { runs: [failed] } });
      } else {
        await store.commit({ ...fence, puts: { runs: [failed] } });
      }
      ctx.deps.metrics?.runEnded('failed');
      return;
    } catch (caught) {
      if (!(caught instanceof VersionConflictError)) throw caught;
    }
  }
}
