import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocated, locatePointer, type Location, type Place } from '../../shared/validation/locate-pointer';
import type { ProblemCode } from '../../shared/validation/problem';
import { i18n } from '../i18n/i18n';
import { toDocument } from '../state/document-conversion';
import { useEditor } from '../state/editor-store';

/** Anything said by shared/'s checks: a workflow Problem, a StepIssue, a LineProblem, a RichMenuProblem. */
export type CodedText = ProblemCode & { message: string; pointer?: string };

/** `whole`: the sentence as the problems panel shows it; `inStep`: without the step it is in (`options.x must be ≥ 1`), for the inspector. */
/** `whole`: with its place; `inStep`: without the step (the inspector shows which); `text`: what is wrong only (the form field shows where). */
export type ProblemPart = 'whole' | 'inStep' | 'text';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The problem in the person's language: `problems:<code>` with its `params`, and the place it is
 * at (`node n3 (Ask a question): options.x`) rebuilt from `pointer` in the same language. The
 * English `message` is the fallback: a problem without a code, a code without a text, or a place
 * that no longer matches the document (the problems of a moment ago) keeps its English words.
 * `document`: the workflow the problem was found in, to name its place (a rich menu's problem has none).
 */
export function problemText(
  problem: CodedText,
  document?: unknown,
  part: ProblemPart = 'whole',
  t: Translate = i18n.t.bind(i18n) as unknown as Translate,
): string {
  const untranslated = part === 'text' ? problem.message.replace(/^.*?: /, '') : problem.message;
  if (!problem.code) return untranslated;
  const english = (i18n.t.bind(i18n) as unknown as Translate)(`problems:${problem.code}`, { ...problem.params, lng: 'en', defaultValue: '' });
  if (!english) return untranslated;
  const text = t(`problems:${problem.code}`, { ...localParams(problem.params, t), defaultValue: english });
  if (part === 'text') return text;
  if (english === problem.message) return text;
  if (problem.pointer !== undefined && document !== undefined) {
    const location = locatePointer(document, problem.pointer);
    if (formatLocated(location, english) === problem.message) return located(location, text, part, t);
  }
  // A place this code cannot rebuild: its English words, then the translated rest.
  if (problem.message.endsWith(english)) {
    const prefix = problem.message.slice(0, problem.message.length - english.length);
    return part === 'inStep' ? withoutStep(prefix) + text : prefix + text;
  }
  return problem.message;
}

/**
 * `problemText` for the open workflow: the problems panel, publish warnings, the inspector.
 * The inspector's field problems: `const problemText = useProblemText(); problemText(problem, 'inStep')`.
 */
export function useProblemText(): (problem: CodedText, part?: ProblemPart) => string {
  const { t } = useTranslation('problems');
  const meta = useEditor((s) => s.meta);
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const document = useMemo(() => toDocument(meta, nodes, edges), [meta, nodes, edges]);
  return useCallback((problem, part = 'whole') => problemText(problem, document, part, t as unknown as Translate), [document, t]);
}

/** A rich menu's problems (no place: the field they are at is where they are shown). */
export function useCodedText(): (problem: CodedText) => string {
  const { t } = useTranslation('problems');
  return useCallback((problem) => problemText(problem, undefined, 'whole', t as unknown as Translate), [t]);
}

/** The step's name in the person's language where a text names one (`(Ask a question)`). */
function localParams(params: ProblemCode['params'], t: Translate): ProblemCode['params'] {
  if (!params || typeof params.stepType !== 'string') return params;
  return { ...params, step: t(`editor:stepLabels.${params.stepType}`, { defaultValue: params.step }) };
}

function located(location: Location, text: string, part: ProblemPart, t: Translate): string {
  const subject = location.field ? t('problems:located.subject', { field: location.field, text }) : text;
  if (!location.place || (part === 'inStep' && location.place.kind === 'node')) return subject;
  return t('problems:located.where', { where: where(location.place, t), subject });
}

function where(place: Place, t: Translate): string {
  if (place.kind === 'edge') return t('problems:located.edge', { edge: place.ref });
  const named = place.name !== undefined;
  if (place.stepType === undefined) {
    return t(named ? 'problems:located.untypedNamedNode' : 'problems:located.untypedNode', { node: place.ref, name: place.name });
  }
  const step = t(`editor:stepLabels.${place.stepType}`, { defaultValue: place.stepLabel });
  return t(named ? 'problems:located.namedNode' : 'problems:located.node', { node: place.ref, name: place.name, step });
}

/** "node n3 (Ask a question): options.x " → "options.x ". */
function withoutStep(prefix: string): string {
  const at = prefix.indexOf('): ');
  return prefix.startsWith('node ') && at >= 0 ? prefix.slice(at + 3) : prefix;
}
