import { useTranslation } from 'react-i18next';
import { useViewer } from '../app/viewer';
import { formatTime } from '../i18n/format';
import { useDraftSync } from '../state/draft-sync';

/** "Also open by Ann": who else has this workflow open now, so nobody edits blind. */
export function PresenceBadge() {
  const others = useDraftSync((s) => s.others);
  const me = useViewer().id;
  const { t } = useTranslation('editor');
  if (others.length === 0) return null;
  const names = [...new Set(others.map((o) => (o.userId !== null && o.userId === me ? t('presence.youElsewhere') : o.name)))];
  const since = others.map((o) => t('presence.since', { name: o.name, time: formatTime(o.since) })).join('\n');
  return (
    <span className="pill presence" data-testid="presence" title={since}>
      {t('presence.alsoOpenBy', { names: names.join(', ') })}
    </span>
  );
}
