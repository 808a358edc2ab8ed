import type { Edge } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import type { TraceStepView } from '../../../shared/api/runs-api';
import { useEditor } from '../../state/editor-store';
import { useRunLog } from './run-log-store';
import { visitNumbers } from './run-parts';

export interface RunPath {
  /** Steps in the order the run first reached them, with the visit numbers (1-based, in trace order). */
  steps: { id: string; order: number[]; failed: boolean }[];
  edges: string[];
}

/**
 * The path a run took, on the draft's canvas: the steps it ran and the edges of the ports it left
 * by. The draft may have changed since the run's version: a step or port it no longer has is
 * simply not drawn (the run's step list still names it).
 */
export function runPath(trace: readonly TraceStepView[], edges: readonly Pick<Edge, 'id' | 'source' | 'sourceHandle'>[]): RunPath {
  const steps = new Map<string, { id: string; order: number[]; failed: boolean }>();
  const taken = new Set<string>();
  const numbers = visitNumbers(trace);
  trace.forEach((step, i) => {
    const entry = steps.get(step.stepId) ?? { id: step.stepId, order: [], failed: false };
    const number = numbers[i] ?? 0;
    // A waiting step is traced twice (entered, then woken): one visit, one number.
    if (entry.order.at(-1) !== number) entry.order.push(number);
    if (step.error) entry.failed = true;
    steps.set(step.stepId, entry);
    const edge = step.port ? edges.find((e) => e.source === step.stepId && (e.sourceHandle ?? 'next') === step.port) : undefined;
    if (edge) taken.add(edge.id);
  });
  return { steps: [...steps.values()], edges: [...taken] };
}

/**
 * Draws the opened run's path on the canvas without touching the canvas' code: a style sheet that
 * picks React Flow's nodes and edges by their `data-id`. Steps on the path are ringed (red where a
 * step failed) and numbered in the order they ran; the rest of the workflow fades. The sheet is a
 * constructed one (adoptedStyleSheets): the editor's Content-Security-Policy refuses `<style>`
 * elements, not style sheets built through the CSSOM.
 */
export function RunPathStyle() {
  const trace = useRunLog((s) => s.selected?.trace);
  const edges = useEditor((s) => s.edges);
  const sheet = useMemo(() => new CSSStyleSheet(), []);
  useEffect(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [sheet]);
  useEffect(() => {
    sheet.replaceSync(trace ? pathRules(runPath(trace, edges)) : '');
  }, [sheet, trace, edges]);
  return null;
}

function pathRules(path: RunPath): string {
  const node = (id: string) => `.editor-body .react-flow__node[data-id="${CSS.escape(id)}"]`;
  const edge = (id: string) => `.editor-body .react-flow__edge[data-id="${CSS.escape(id)}"]`;
  const badge = (order: number[]) => (order.length > 3 ? `${order[0]}…×${order.length}` : order.join(' · '));
  return [
    `.editor-body .react-flow__node, .editor-body .react-flow__edge { opacity: 0.35; }`,
    ...path.steps.map((s) =>
      [
        `${node(s.id)} { opacity: 1; }`,
        `${node(s.id)} .step-node { box-shadow: 0 0 0 3px ${s.failed ? 'var(--error)' : 'var(--green)'}; }`,
        `${node(s.id)}::after { content: "${badge(s.order)}";${s.failed ? ' background: var(--error);' : ''} }`,
      ].join('\n'),
    ),
    ...path.edges.map((id) => `${edge(id)} { opacity: 1; }\n${edge(id)} .react-flow__edge-path { stroke: var(--green-dark); stroke-width: 3; }`),
  ].join('\n');
}
