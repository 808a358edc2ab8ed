import type { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { RuntimeConfig } from '../config/load-config';
import type { PublishedWorkflows } from '../engine/published-workflows';
import type { LineTransport } from '../line/line-transport';
import type { LineChannels } from '../channels/line-channels';
import type { SimulatedTransport } from '../line/simulated-transport';
import type { Logger } from '../logging/create-logger';
import type { EventQueue } from '../queue/event-queue';
import type { Store } from '../store/store';

/** The long-lived parts of a running LineFlow, handed to the HTTP routes. */
export interface RuntimeServices {
  config: RuntimeConfig;
  log: Logger;
  store: Store;
  redis: Redis;
  queue: EventQueue;
  workflows: PublishedWorkflows;
  transport: LineTransport;
  /** The simulated channel of simulated contacts (ids starting with `sim-`). */
  simulator: SimulatedTransport;
  /** Every LINE Official Account served, with a client each. */
  channels: LineChannels;
  /** Emits `message` with each stored MessageRecord and `conversation` with each changed conversation (live views). */
  messages: EventEmitter;
  adminToken: string;
  /** What `GET /metrics` serves; this runtime's own registry. */
  metrics: import('../metrics/metrics').RuntimeMetrics;
  /** Seals and opens secrets kept in the store. */
  secrets: import('../auth/secret-box').SecretBox;
  /** Event subscriptions ("data out"): the engine's gate, the dispatcher, the address policy for their URLs. */
  eventSubscriptions: import('../subscriptions/event-subscriptions').EventSubscriptions;
  /** False until start-up work (examples, first admin) is done; /healthz answers 503 meanwhile. */
  ready: boolean;
  /** Tells every process that a workflow was published or deleted. */
  workflowsChanged(): Promise<void>;
  /** Tells every process that a channel was connected, changed or removed. */
  channelsChanged(): Promise<void>;
}
