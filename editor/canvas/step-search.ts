import { stepDefinitions, type StepDefinition } from '../../shared/steps';

/**
 * The step types that match what was typed, best first: every word must appear in the label, the
 * description or the type; a label that starts with the text comes first, then one containing it.
 * `canFollow`: only steps that can come after a port (no trigger: a trigger starts a run).
 */
export function searchSteps(query: string, { canFollow = false }: { canFollow?: boolean } = {}): StepDefinition[] {
  const candidates: StepDefinition[] = stepDefinitions.filter((d) => !canFollow || d.kind !== 'trigger');
  const text = query.trim().toLowerCase();
  if (!text) return candidates;
  const words = text.split(/\s+/);
  const scored = candidates.flatMap((d, order) => {
    const label = d.label.toLowerCase();
    const haystack = `${label} ${d.description.toLowerCase()} ${d.type} ${d.category}`;
    if (!words.every((w) => haystack.includes(w))) return [];
    const rank = label.startsWith(text) ? 0 : label.includes(text) ? 1 : words.every((w) => label.includes(w)) ? 2 : 3;
    return [{ d, rank, order }];
  });
  return scored.sort((a, b) => a.rank - b.rank || a.order - b.order).map((s) => s.d);
}
