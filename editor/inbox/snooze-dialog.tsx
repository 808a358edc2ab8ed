import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/dialog';
import { FormActions } from '../ui/form-actions';

/** A date-time input's value for a time, in the browser's zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Snooze until a time the agent picks. */
export function SnoozeDialog({ name, onDone }: { name: string; onDone: (until: Date | null) => void }) {
  const { t } = useTranslation('inbox');
  // The time the dialog opened: the default and the earliest choice (the server refuses a past time too).
  const [opened] = useState(() => new Date());
  const [value, setValue] = useState(() => localInput(new Date(opened.getTime() + 3 * 60 * 60 * 1000)));
  const until = new Date(value);
  const valid = !Number.isNaN(until.getTime()) && until.getTime() > opened.getTime();
  return (
    <Dialog title={t('snooze.title', { name })} onCancel={() => onDone(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onDone(until);
        }}
      >
        <div className="field">
          <label htmlFor="snooze-until">{t('snooze.until')}</label>
          <input id="snooze-until" type="datetime-local" value={value} min={localInput(opened)} onChange={(e) => setValue(e.target.value)} />
        </div>
        <p className="muted">{t('snooze.explain')}</p>
        {valid ? null : <p className="field-problems">{t('snooze.future')}</p>}
        <FormActions submit={t('snooze.submit')} disabled={!valid} onCancel={() => onDone(null)} />
      </form>
    </Dialog>
  );
}
