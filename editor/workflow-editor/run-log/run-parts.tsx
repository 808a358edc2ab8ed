import { CircleCheck, CircleDot, CirclePause, CircleSlash, OctagonAlert } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunStatus } from '../../../shared/api/runs-api';
import { useFormat } from '../../i18n/format';
import { i18n } from '../../i18n/i18n';

const icons = { running: CircleDot, waiting: CirclePause, completed: CircleCheck, failed: OctagonAlert, interrupted: CircleSlash } as const;

export function StatusBadge({ status }: { status: RunStatus }) {
  const { t } = useTranslation('workflowEditor');
  const Icon = icons[status];
  return (
    <span className={`run-status status-${status}`}>
      <Icon className="icon" aria-hidden="true" /> {t(`status.${status}`)}
    </span>
  );
}

/** When a run started and how long a run or step took, in the person's language (re-rendering when it changes). */
export function useRunFormat(): { startedAt: (iso: string) => string; duration: (ms: number) => string } {
  const { t } = useTranslation('workflowEditor');
  const { formatDateTime, formatNumber } = useFormat();
  return useMemo(() => {
    const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false } as const;
    return {
      startedAt: (iso) => formatDateTime(iso),
      duration: (ms) => {
        if (ms < 1000) return t('duration.ms', { n: formatNumber(Math.round(ms)) });
        if (ms < 60_000) return t('duration.s', { n: formatNumber(ms / 1000, oneDecimal) });
        if (ms < 3_600_000) return t('duration.min', { n: formatNumber(Math.round(ms / 60_000)) });
        return t('duration.h', { n: formatNumber(ms / 3_600_000, oneDecimal) });
      },
    };
  }, [t, formatDateTime, formatNumber]);
}

/** A LINE message in one line: its text, or its kind and alt text. */
export function messageText(message: unknown): string {
  if (message === null || typeof message !== 'object') return String(message);
  const m = message as { type?: unknown; text?: unknown; altText?: unknown; quickReply?: { items?: { action?: { label?: unknown } }[] } };
  const replies = m.quickReply?.items?.map((i) => i.action?.label).filter((l): l is string => typeof l === 'string') ?? [];
  const kind = typeof m.type === 'string' ? m.type : 'message';
  const body = typeof m.text === 'string' ? m.text : `[${kind}]${typeof m.altText === 'string' ? ` ${m.altText}` : ''}`;
  return replies.length ? i18n.t('workflowEditor:message.quickReplies', { body, replies: replies.join(' / ') }) : body;
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
