import { OctagonAlert, TriangleAlert } from 'lucide-react';
import { useReactFlow } from '@xyflow/react';
import { useEditor } from '../state/editor-store';

/** Every problem of the workflow; clicking one selects its step and brings it into view. */
export function ProblemsPanel() {
  const problems = useEditor((s) => s.problems);
  const select = useEditor((s) => s.select);
  const nodes = useEditor((s) => s.nodes);
  const { fitView } = useReactFlow();
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="problems" aria-label="Problems">
      <h3>
        {errors ? `${errors} error${errors === 1 ? '' : 's'}` : 'No errors'}
        {problems.length - errors ? `, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}` : ''}
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
                <OctagonAlert className="icon" role="img" aria-label="Error" />
              ) : (
                <TriangleAlert className="icon" role="img" aria-label="Warning" />
              )}{' '}
              {problem.message}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
