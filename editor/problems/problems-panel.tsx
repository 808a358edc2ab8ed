import { OctagonAlert, TriangleAlert } from 'lucide-react';
import type { Problem } from '../../shared/validation/problem';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor-store';
import { useProblemText } from './problem-text';
import { useKeywordClashes } from './use-keyword-clashes';
import { usePublishWarningsInForce } from './publish-warnings';

/** Every problem of the workflow; clicking one selects its step and brings it into view. */
export function ProblemsPanel() {
  const stepProblems = useEditor((s) => s.problems);
  // Clashes with other live workflows' keywords: warnings that need the server's list, kept out of the store.
  const clashes = useKeywordClashes();
  const published = usePublishWarningsInForce();
  const problems = withoutRepeats([...stepProblems, ...clashes, ...published]);
  const select = useEditor((s) => s.select);
  const nodes = useEditor((s) => s.nodes);
  const { fitView } = useReactFlow();
  const { t } = useTranslation('editor');
  const problemText = useProblemText();
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="problems" aria-label={t('problems.title')}>
      <h3>
        {errors ? t('problems.errors', { count: errors }) : t('problems.noErrors')}
        {problems.length - errors ? t('problems.andWarnings', { count: problems.length - errors }) : ''}
      </h3>
      <ul>
        {problems.map((problem, i) => (
          <li key={`${i}-${problem.message}`} className={problem.severity}>
            <button
              type="button"
              disabled={!problem.nodeId}
              onClick={() => {
                if (!problem.nodeId) return;
                select(problem.nodeId);
                const node = nodes.find((n) => n.id === problem.nodeId);
                if (node) void fitView({ nodes: [node], duration: 300, maxZoom: 1.2 });
              }}
            >
              {problem.severity === 'error' ? (
                <OctagonAlert className="icon" role="img" aria-label={t('problems.error')} />
              ) : (
                <TriangleAlert className="icon" role="img" aria-label={t('problems.warning')} />
              )}{' '}
              {problemText(problem)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The publish answer repeats what the panel already shows (the draft's own warnings, the clashes). */
function withoutRepeats(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.message) && Boolean(seen.add(p.message)));
}
