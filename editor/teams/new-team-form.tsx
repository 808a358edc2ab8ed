import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A team's name, and the button that makes it (round robin, anyone in it; changed on its card). */
export function NewTeamForm({ onCreate }: { onCreate: (name: string) => Promise<void> }) {
  const { t } = useTranslation('teams');
  const [name, setName] = useState('');
  return (
    <form
      className="new-team-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void onCreate(name.trim()).then(() => setName(''));
      }}
    >
      <label htmlFor="new-team-name">{t('newTeam')}</label>
      <input id="new-team-name" value={name} maxLength={60} placeholder={t('newTeamPlaceholder')} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="primary" disabled={!name.trim()}>
        {t('createTeam')}
      </button>
    </form>
  );
}
