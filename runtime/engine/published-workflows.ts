import { locateContact, simulatedChannelId } from '../channels/contact-address';
import type { BusinessHours, WorkflowDocument, WorkflowNode } from '../../shared/document/workflow-document';

/** Where the company-wide business hours are kept in the settings. */
export const businessHoursSettingId = 'business-hours';
import { isTriggerType, type StepType } from '../../shared/steps';
import type { Store } from '../store/store';

/** Contacts of the editor's test chat; each runs one draft. */
export const testContactPrefix = 'sim-test-';

const emptySource: WorkflowSource = { triggers: async () => [], version: async () => null };

export interface PublishedWorkflow {
  workflowId: string;
  version: number;
  document: WorkflowDocument;
  /** Nodes by id, and each node's outgoing edges by port. */
  nodes: Map<string, WorkflowNode>;
  next: Map<string, string>;
}

export interface TriggerEntry {
  workflow: PublishedWorkflow;
  node: WorkflowNode;
}

export function indexWorkflow(workflowId: string, version: number, document: WorkflowDocument): PublishedWorkflow {
  return {
    workflowId,
    version,
    document,
    nodes: new Map(document.nodes.map((node) => [node.id, node])),
    next: new Map(document.edges.map((edge) => [`${edge.source}\u0000${edge.sourceHandle}`, edge.target])),
  };
}

/** Where a step's port leads, or null when it is not connected (the run ends there). */
export function nextNodeId(workflow: PublishedWorkflow, nodeId: string, port: string): string | null {
  return workflow.next.get(`${nodeId}\u0000${port}`) ?? null;
}

/** Where an event finds its workflows: the published ones, or a draft under test. */
export interface WorkflowSource {
  triggers(type: StepType): Promise<TriggerEntry[]>;
  version(workflowId: string, version: number): Promise<PublishedWorkflow | null>;
}

/**
 * The published versions in force and their triggers, cached in memory. `invalidate()` is called
 * on publish (and by the pub/sub listener for other processes); versions are immutable, so a
 * version once loaded is kept.
 */
export class PublishedWorkflows implements WorkflowSource {
  private triggersByType: Map<string, TriggerEntry[]> | null = null;
  private loading: Promise<Map<string, TriggerEntry[]>> | null = null;
  private readonly versions = new Map<string, PublishedWorkflow>();
  private generation = 0;
  private companyHours: Promise<BusinessHours | null> | null = null;

  constructor(private readonly store: Store) {}

  /**
   * The workflows an event of this contact runs on: a test contact of the editor's test chat
   * runs only the draft it was made for (as it was when the test started); everyone else runs
   * the published versions.
   */
  async sourceFor(contactId: string): Promise<WorkflowSource> {
    if (!contactId.startsWith(testContactPrefix)) return this.forChannel(locateContact(contactId).channelId);
    const session = await this.store.testSessions.get(contactId);
    if (!session) return emptySource;
    const workflow = indexWorkflow(session.workflowId, session.version, session.document);
    const triggers = new Map<string, TriggerEntry[]>();
    for (const node of session.document.nodes) {
      if (isTriggerType(node.type)) triggers.set(node.type, [...(triggers.get(node.type) ?? []), { workflow, node }]);
    }
    return {
      triggers: async (type) => triggers.get(type) ?? [],
      version: async (workflowId, version) => (workflowId === session.workflowId && version === session.version ? workflow : null),
    };
  }

  /** The published workflows that run for contacts of one channel (a workflow may be limited to some). */
  private forChannel(channelId: string): WorkflowSource {
    return {
      triggers: async (type) => (await this.triggers(type)).filter((entry) => runsOnChannel(entry.workflow.document, channelId)),
      version: (workflowId, version) => this.version(workflowId, version),
    };
  }

  /** The company-wide business hours (People and channel → Business hours), cached like the workflows. */
  companyBusinessHours(): Promise<BusinessHours | null> {
    this.companyHours ??= this.store.settings.get(businessHoursSettingId).then((s) => (s?.value.hours ? (JSON.parse(s.value.hours) as BusinessHours) : null));
    return this.companyHours;
  }

  invalidate(): void {
    this.generation++;
    this.companyHours = null;
    this.triggersByType = null;
    this.loading = null;
  }

  /**
   * Triggers of a type across the published workflows, ordered by workflow name then id: the
   * order in which the first of equal triggers wins (runtime/engine/trigger-registry.ts).
   */
  async triggers(type: StepType): Promise<TriggerEntry[]> {
    const index = this.triggersByType ?? (await this.load());
    return index.get(type) ?? [];
  }

  async version(workflowId: string, version: number): Promise<PublishedWorkflow | null> {
    const key = `${workflowId}@${version}`;
    const cached = this.versions.get(key);
    if (cached) return cached;
    const record = await this.store.versions.get(key);
    if (!record) return null;
    const indexed = indexWorkflow(workflowId, version, record.document);
    this.versions.set(key, indexed);
    return indexed;
  }

  private load(): Promise<Map<string, TriggerEntry[]>> {
    const generation = this.generation;
    this.loading ??= (async () => {
      const workflows = await this.store.workflows.find({ publishedVersion: { $ne: null } });
      workflows.sort((a, b) => a.draft.name.localeCompare(b.draft.name) || a.id.localeCompare(b.id));
      const index = new Map<string, TriggerEntry[]>();
      for (const record of workflows) {
        // A paused workflow starts no run; its runs under way still find their version through version().
        if (record.publishedVersion === null || record.paused) continue;
        const workflow = await this.version(record.id, record.publishedVersion);
        if (!workflow) continue;
        for (const node of workflow.document.nodes) {
          if (!isTriggerType(node.type)) continue;
          const list = index.get(node.type) ?? [];
          list.push({ workflow, node });
          index.set(node.type, list);
        }
      }
      // A publish during loading makes this index stale: keep it for this caller only.
      if (generation === this.generation) this.triggersByType = index;
      return index;
    })();
    return this.loading;
  }
}

/**
 * Whether a workflow runs for a contact of the channel: every channel unless its settings name
 * some. Simulated contacts (`lineflow chat`) belong to no real channel and run every workflow.
 */
export function runsOnChannel(document: WorkflowDocument, channelId: string): boolean {
  const only = document.settings.channels;
  return !only?.length || channelId === simulatedChannelId || only.includes(channelId);
}
