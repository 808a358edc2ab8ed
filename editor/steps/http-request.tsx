import { Globe } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const httpRequestView: StepView<'http-request'> = {
  icon: Globe,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return (
      <Preview text={`${data.method} ${data.url || t('body.noUrl')}${data.credential ? t('body.withCredential', { credential: data.credential }) : ''}`} />
    );
  },
};

/**
 * The HTTP step's `credential` field: a choice among the stored credentials (Admin → Credentials),
 * each with the origin it may go to. A name that is no longer stored stays shown, marked missing;
 * if the list cannot be read, a plain text field.
 */
export function CredentialSelect({ id, value, invalid, onChange }: { id: string; value: unknown; invalid: boolean; onChange: (v: unknown) => void }) {
  const { t } = useTranslation('steps');
  const [choices, setChoices] = useState<{ name: string; allowedOrigin: string }[] | null | undefined>(undefined);
  useEffect(() => {
    // Asked at each mount (the inspector mounts anew for each selected step), so a credential just added shows.
    let live = true;
    api('listCredentials').then(
      (r) => live && setChoices(r.credentials),
      () => live && setChoices(null),
    );
    return () => {
      live = false;
    };
  }, []);
  const current = typeof value === 'string' ? value : '';
  if (choices === null) {
    return <input id={id} type="text" value={current} aria-invalid={invalid} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)} />;
  }
  return (
    <select id={id} value={current} aria-invalid={invalid} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
      <option value="">{t('http.noCredential')}</option>
      {(choices ?? []).map((c) => (
        <option key={c.name} value={c.name}>
          {c.name} → {c.allowedOrigin}
        </option>
      ))}
      {current && choices && !choices.some((c) => c.name === current) ? (
        <option value={current}>{t('http.missingCredential', { name: current })}</option>
      ) : null}
    </select>
  );
}
