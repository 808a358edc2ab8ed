import type { Redis } from 'ioredis';
import type { WorkflowEditor } from '../store/records';

/** A tab not heard from for this long has left (the editor beats every 10 s). */
export const presenceTtlMs = 30_000;

export interface PresenceEntry {
  tab: string;
  userId: string | null;
  name: string;
  since: string;
}

/**
 * Who has a workflow open in the editor: one Redis key per workflow and tab, expiring unless the
 * tab's heartbeat refreshes it, and a set of the workflow's tabs so listing reads a few keys
 * instead of scanning Redis. Members whose key expired are dropped from the set as they are met.
 */
export class WorkflowPresence {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Records the tab as there (or gone, `leaving`) and answers the other tabs that are. */
  async beat(workflowId: string, tab: string, by: WorkflowEditor, leaving = false): Promise<PresenceEntry[]> {
    const key = this.tabKey(workflowId, tab);
    const set = this.setKey(workflowId);
    if (leaving) {
      await this.redis.multi().del(key).srem(set, tab).exec();
    } else {
      const known = await this.redis.get(key);
      const since = known ? (JSON.parse(known) as PresenceEntry).since : new Date().toISOString();
      const entry: PresenceEntry = { tab, userId: by.id, name: by.name, since };
      await this.redis
        .multi()
        .set(key, JSON.stringify(entry), 'PX', presenceTtlMs)
        .sadd(set, tab)
        .pexpire(set, presenceTtlMs * 2)
        .exec();
    }
    return (await this.list(workflowId)).filter((entry) => entry.tab !== tab);
  }

  async list(workflowId: string): Promise<PresenceEntry[]> {
    const set = this.setKey(workflowId);
    const tabs = await this.redis.smembers(set);
    if (tabs.length === 0) return [];
    const values = await this.redis.mget(tabs.map((tab) => this.tabKey(workflowId, tab)));
    const gone = tabs.filter((_, i) => values[i] === null);
    if (gone.length) await this.redis.srem(set, ...gone);
    return values.flatMap((value) => (value ? [JSON.parse(value) as PresenceEntry] : [])).sort((a, b) => a.since.localeCompare(b.since));
  }

  private setKey(workflowId: string): string {
    return `${this.prefix}:presence:${workflowId}`;
  }

  private tabKey(workflowId: string, tab: string): string {
    return `${this.prefix}:presence:${workflowId}:${tab}`;
  }
}
