import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { v01Collections } from '../v01-collections';

type Doc = Record<string, unknown> & { id: string };
type Name = (typeof v01Collections)[number];

/** What the logs hold once replayed: the live documents, and the ids written then removed. */
export interface V01Expectation {
  live: Record<Name, Map<string, Doc>>;
  removed: Record<Name, Set<string>>;
}

/**
 * Test fixture: the store folder of a LineFlow 0.1 installation that ran for a while and crashed
 * twice, written line by line in 0.1's format (`{"p":doc}` / `{"d":id}`), with the state a
 * replay must reach. Documents are shaped as 0.1's records.ts had them.
 */
export function writeV01Store(dir: string, options: { messages?: number } = {}): V01Expectation {
  const log = new V01Log();
  const at = (minute: number) => new Date(Date.UTC(2025, 0, 6, 9, minute)).toISOString();

  const examples = ['faq-menu', 'csat-on-close', 'routing-by-language'];
  examples.forEach((name, i) => {
    const draft = JSON.parse(readFileSync(new URL(`../../../../examples/${name}.json`, import.meta.url), 'utf8')) as Doc & { name: string };
    const id = `wf-${name}`;
    log.put('workflows', { id, draft, publishedVersion: null, createdAt: at(i), updatedAt: at(i) });
    for (const version of [1, 2]) {
      log.put('versions', {
        id: `${id}@${version}`,
        workflowId: id,
        version,
        document: { ...draft, name: `${draft.name} v${version}` },
        publishedAt: at(10 + version),
      });
      log.put('workflows', {
        id,
        draft: { ...draft, description: `edited ${version}` },
        publishedVersion: version,
        hookToken: `tok-${i}`,
        createdAt: at(i),
        updatedAt: at(10 + version),
      });
    }
  });
  log.put('workflows', { id: 'wf-scratch', draft: { name: 'scratch', nodes: [], edges: [] }, publishedVersion: null, createdAt: at(3), updatedAt: at(3) });
  log.remove('workflows', 'wf-scratch');

  const contacts = 40;
  for (let c = 0; c < contacts; c++) {
    const id = `U${String(c).padStart(32, '0')}`;
    const base = {
      id,
      displayName: c % 2 ? `山田 ${c}` : `Customer ${c}`,
      language: c % 2 ? 'ja' : 'en',
      fields: { plan: 'gold', visits: c },
      tags: ['vip'],
      isFriend: true,
      openConversationId: `cv-${c}`,
      createdAt: at(0),
    };
    const run = {
      id: `run-${c}`,
      workflowId: 'wf-faq-menu',
      version: 2,
      workflowName: 'FAQ menu',
      conversationId: `cv-${c}`,
      triggerType: 'message',
      status: 'waiting',
      nodeId: 'ask',
      visit: 3,
      attempts: 0,
      timer: { kind: 'timer', id: `t-${c}`, runId: `run-${c}`, visit: 3, reason: 'timeout', fireAt: 1736154000000 + c },
      vars: { answer: c % 3 ? 'はい' : 'no', nested: { p: { id: 'not-a-write' } } },
      startedAt: at(1),
      trace: [{ stepId: 'ask', type: 'ask-question', visit: 3, at: at(1), durationMs: 4, output: { text: 'Which plan?' } }],
    };
    log.put('contacts', { ...base, updatedAt: at(1), engine: { run: null, appliedEventIds: [], effects: [] } });
    log.put('contacts', {
      ...base,
      updatedAt: at(2),
      engine: {
        run,
        appliedEventIds: [`ev-${c}-1`],
        effects: [
          {
            kind: 'deliver',
            id: `d-${c}`,
            runId: `run-${c}`,
            stepId: 'ask',
            conversationId: `cv-${c}`,
            author: 'bot',
            messages: [{ type: 'text', text: 'Which plan?' }],
            replyToken: `rt-${c}`,
            replyTokenReceivedAt: 1736154000000,
          },
        ],
        unusedReplyToken: { token: `rt-${c}`, receivedAt: 1736154000000 },
      },
    });
    log.put('conversations', {
      id: `cv-${c}`,
      contactId: id,
      status: 'open',
      openedAt: at(1),
      closedAt: null,
      assignee: null,
      team: null,
      lastMessageAt: at(1),
      updatedAt: at(1),
    });
    if (c % 4 === 0)
      log.put('conversations', {
        id: `cv-${c}`,
        contactId: id,
        status: 'closed',
        openedAt: at(1),
        closedAt: at(30),
        assignee: 'u-agent',
        team: 'Support',
        lastMessageAt: at(29),
        updatedAt: at(30),
      });
    log.put('runs', { ...run, contactId: id, status: 'running', updatedAt: at(1) });
    log.put('runs', { ...run, contactId: id, status: c % 3 ? 'waiting' : 'completed', endedAt: c % 3 ? undefined : at(5), updatedAt: at(5) });
    if (c % 5 === 0)
      log.put('csatResponses', {
        id: `cs-${c}`,
        contactId: id,
        conversationId: `cv-${c}`,
        runId: `run-${c}`,
        workflowId: 'wf-csat-on-close',
        score: 1 + (c % 5),
        scale: 5,
        at: at(31),
      });
    log.increment('counters', 'messages-today', c + 1);
  }
  log.remove('contacts', 'U00000000000000000000000000000007');
  log.put('contacts', {
    id: 'U-left',
    displayName: 'Gone',
    fields: {},
    tags: [],
    isFriend: false,
    openConversationId: null,
    createdAt: at(0),
    updatedAt: at(0),
    engine: { run: null, appliedEventIds: [], effects: [] },
  });
  log.remove('contacts', 'U-left');

  const texts = ['こんにちは', 'สวัสดีครับ', '你好', 'Hello', 'line\u2028separator', 'quote " and \\ backslash', '絵文字 🎉'];
  for (let m = 0; m < (options.messages ?? 2000); m++) {
    const c = m % contacts;
    const inbound = m % 2 === 0;
    log.put('messages', {
      id: `msg-${m}`,
      conversationId: `cv-${c}`,
      contactId: `U${String(c).padStart(32, '0')}`,
      direction: inbound ? 'in' : 'out',
      author: inbound ? 'customer' : 'bot',
      content: { type: 'text', text: `${texts[m % texts.length]} #${m}` },
      at: at(m % 60),
      runId: inbound ? null : `run-${c}`,
      stepId: inbound ? null : 'ask',
      ...(inbound ? {} : { delivery: { method: 'reply', status: 'sent' } }),
    });
  }
  for (const m of [5, 6, 7]) log.remove('messages', `msg-${m}`);

  log.put('users', {
    id: 'u-demo-admin',
    email: 'admin@lineflow.local',
    name: 'Demo admin',
    role: 'admin',
    teams: ['Support'],
    status: 'online',
    passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA',
    createdAt: at(0),
  });
  log.put('users', {
    id: 'u-agent',
    email: 'agent@example.com',
    name: '佐藤',
    role: 'agent',
    teams: ['Support', 'Japanese'],
    status: 'away',
    createdAt: at(0),
  });
  log.put('settings', { id: 'line', value: { channelId: '200', channelSecret: 'sealed:v1:abc' }, updatedAt: at(0) });
  log.put('settings', { id: 'line', value: { channelId: '201', channelSecret: 'sealed:v1:def' }, updatedAt: at(9) });
  log.put('settings', { id: 'business-hours', value: { timezone: 'Asia/Tokyo', open: '09:00', close: '18:00' }, updatedAt: at(0) });
  log.put('sessions', { id: 'sess-kept', userId: 'u-agent', csrfToken: 'csrf', createdAt: at(0), expiresAt: at(59) });
  log.put('sessions', { id: 'sess-signed-out', userId: 'u-demo-admin', csrfToken: 'csrf2', createdAt: at(0), expiresAt: at(59) });
  log.remove('sessions', 'sess-signed-out');

  // Crash 1 tore a contact's write inside a multi-byte character; the next start appended right
  // after it, so that line holds the torn write and a whole one.
  const torn = Buffer.from(`{"p":{"id":"U00000000000000000000000000000001","displayName":"山`);
  log.torn('contacts', torn.subarray(0, torn.length - 2));
  log.put('contacts', {
    id: 'U00000000000000000000000000000003',
    displayName: '再開後',
    fields: {},
    tags: [],
    isFriend: true,
    openConversationId: null,
    createdAt: at(0),
    updatedAt: at(40),
    engine: { run: null, appliedEventIds: [], effects: [] },
  });
  // A write torn just before its newline is whole, glued to the next.
  log.tornBeforeNewline('counters', { id: 'messages-today', value: 9000 });
  log.increment('counters', 'messages-today', 1);
  log.put('counters', { id: 'runs-today', value: 40 });
  // Crash 2 tore the last message being written.
  log.torn('messages', Buffer.from('{"p":{"id":"msg-torn","conversationId":"cv-1","content":{"type":"text","text":"途中で'));

  for (const name of v01Collections) writeFileSync(join(dir, `${name}.jsonl`), Buffer.concat(log.bytes[name]));
  // 0.1 left its lock when it was killed, and a compaction it never finished.
  writeFileSync(join(dir, 'store.lock'), String(deadPid()));
  writeFileSync(join(dir, 'contacts.jsonl.compacting'), '{"p":{"id":"half-compacted"');
  return log.expected;
}

class V01Log {
  readonly bytes = Object.fromEntries(v01Collections.map((n) => [n, [] as Buffer[]])) as Record<Name, Buffer[]>;
  readonly expected: V01Expectation = {
    live: Object.fromEntries(v01Collections.map((n) => [n, new Map()])) as V01Expectation['live'],
    removed: Object.fromEntries(v01Collections.map((n) => [n, new Set()])) as V01Expectation['removed'],
  };

  put(name: Name, doc: Doc): void {
    const json = JSON.stringify({ p: doc });
    this.bytes[name].push(Buffer.from(`${json}\n`));
    this.expected.live[name].set(doc.id, (JSON.parse(json) as { p: Doc }).p); // as stored: no undefined fields
    this.expected.removed[name].delete(doc.id);
  }

  remove(name: Name, id: string): void {
    this.bytes[name].push(Buffer.from(`${JSON.stringify({ d: id })}\n`));
    this.expected.live[name].delete(id);
    this.expected.removed[name].add(id);
  }

  increment(name: Name, id: string, by: number): void {
    const value = Number(this.expected.live[name].get(id)?.value ?? 0) + by;
    this.put(name, { id, value });
  }

  torn(name: Name, bytes: Buffer): void {
    this.bytes[name].push(bytes);
  }

  tornBeforeNewline(name: Name, doc: Doc): void {
    this.put(name, doc);
    const last = this.bytes[name].pop() as Buffer;
    this.bytes[name].push(last.subarray(0, last.length - 1));
  }
}

function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid;
}
