import { CircleCheck, CircleDot, CirclePause, CircleSlash, OctagonAlert } from 'lucide-react';
import type { RunStatus } from '../../../shared/api/runs-api';

export const statusLabels: Record<RunStatus, string> = {
  running: 'Running',
  waiting: 'Waiting',
  completed: 'Completed',
  failed: 'Failed',
  interrupted: 'Interrupted',
};

const icons = { running: CircleDot, waiting: CirclePause, completed: CircleCheck, failed: OctagonAlert, interrupted: CircleSlash } as const;

export function StatusBadge({ status }: { status: RunStatus }) {
  const Icon = icons[status];
  return (
    <span className={`run-status status-${status}`}>
      <Icon className="icon" aria-hidden="true" /> {statusLabels[status]}
    </span>
  );
}

export function startedAt(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** A LINE message in one line: its text, or its kind and alt text. */
export function messageText(message: unknown): string {
  if (message === null || typeof message !== 'object') return String(message);
  const m = message as { type?: unknown; text?: unknown; altText?: unknown; quickReply?: { items?: { action?: { label?: unknown } }[] } };
  const replies = m.quickReply?.items?.map((i) => i.action?.label).filter((l): l is string => typeof l === 'string') ?? [];
  const kind = typeof m.type === 'string' ? m.type : 'message';
  const body = typeof m.text === 'string' ? m.text : `[${kind}]${typeof m.altText === 'string' ? ` ${m.altText}` : ''}`;
  return replies.length ? `${body}  (quick replies: ${replies.join(' / ')})` : body;
}

/** A traced value as a person reads it: text as text, the rest as indented JSON. */
export function shownValue(value: unknown): string {
  if (value === undefined) return '';
  const parsed = typeof value === 'string' ? asJson(value) : value;
  if (typeof parsed === 'string') return parsed;
  // A JSON text inside (an HTTP answer's body) is shown as JSON too, not as one escaped line.
  return JSON.stringify(parsed, (_key, inner: unknown) => (typeof inner === 'string' ? asJson(inner) : inner), 2);
}

function asJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The number each entry of a trace has on the canvas: a step woken again (an answer, a timer) keeps its visit's number. */
export function visitNumbers(trace: readonly { stepId: string; visit: number }[]): number[] {
  let order = 0;
  let last = '';
  return trace.map((step) => {
    const visit = `${step.stepId}#${step.visit}`;
    if (visit !== last) order++;
    last = visit;
    return order;
  });
}
