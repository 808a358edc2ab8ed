import { stepDefinitions, type StepDefinition } from '../../shared/steps';

/** A step's name and description as the person reads them (their language), searched beside the English. */
export type ShownStepText = (definition: StepDefinition) => { label: string; description: string };

/**
 * The step types that match what was typed, best first: every word must appear in the label, the
 * description or the type (in English or as `shown`); a label that starts with the text comes
 * first, then one containing it. `canFollow`: only steps that can come after a port (no trigger:
 * a trigger starts a run).
 */
export function searchSteps(query: string, { canFollow = false, shown }: { canFollow?: boolean; shown?: ShownStepText } = {}): StepDefinition[] {
  const candidates: StepDefinition[] = stepDefinitions.filter((d) => !canFollow || d.kind !== 'trigger');
  const text = query.trim().toLowerCase();
  if (!text) return candidates;
  const words = text.split(/\s+/);
  const scored = candidates.flatMap((d, order) => {
    const own = shown?.(d);
    // Both names: a Japanese admin may type 質問 or, from the docs, "ask".
    const names = [...new Set([own?.label ?? d.label, d.label])].map((name) => name.toLowerCase());
    const haystack = `${names.join(' ')} ${own ? own.description.toLowerCase() : ''} ${d.description.toLowerCase()} ${d.type} ${d.category}`;
    if (!words.every((w) => haystack.includes(w))) return [];
    const rank = names.some((n) => n.startsWith(text))
      ? 0
      : names.some((n) => n.includes(text))
        ? 1
        : names.some((n) => words.every((w) => n.includes(w)))
          ? 2
          : 3;
    return [{ d, rank, order }];
  });
  return scored.sort((a, b) => a.rank - b.rank || a.order - b.order).map((s) => s.d);
}
