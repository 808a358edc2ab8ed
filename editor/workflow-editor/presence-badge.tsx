import { useViewer } from '../app/viewer';
import { useDraftSync } from '../state/draft-sync';

/** "Also open by Ann": who else has this workflow open now, so nobody edits blind. */
export function PresenceBadge() {
  const others = useDraftSync((s) => s.others);
  const me = useViewer().id;
  if (others.length === 0) return null;
  const names = [...new Set(others.map((o) => (o.userId !== null && o.userId === me ? 'you, in another tab' : o.name)))];
  const since = others.map((o) => `${o.name} since ${new Date(o.since).toLocaleTimeString()}`).join('\n');
  return (
    <span className="pill presence" data-testid="presence" title={since}>
      Also open by {names.join(', ')}
    </span>
  );
}
