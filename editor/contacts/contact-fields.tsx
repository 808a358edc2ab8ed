import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldNameProblem, fieldValueProblem, typedLike } from '../../shared/contacts/contact-rules';

/** A field's value as a person types it; numbers and true / false keep their type when edited. */
function shown(value: unknown): string {
  return value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

/** The contact's fields, each editable in place, one removable, a new one added; saved one at a time. */
export function ContactFields({
  fields,
  saving,
  onSave,
}: {
  fields: Record<string, unknown>;
  saving: boolean;
  onSave: (changes: Record<string, unknown>) => Promise<boolean>;
}) {
  const { t } = useTranslation('contacts');
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [newName, setNewName] = useState('');
  const [newValue, setNewValue] = useState('');
  const names = Object.keys(fields).sort();
  const newProblem = newName ? (fieldNameProblem(newName) ?? (newName in fields ? t('fields.exists', { name: newName }) : null)) : null;

  const save = async (name: string) => {
    const text = drafts[name] ?? shown(fields[name]);
    if (await onSave({ [name]: typedLike(fields[name], text) })) setDrafts(({ [name]: _saved, ...rest }) => rest);
  };

  return (
    <section className="contact-section" aria-label={t('fields.title')}>
      <h3>{t('fields.title')}</h3>
      {names.length === 0 ? <p className="muted">{t('fields.none')}</p> : null}
      <table className="contact-fields">
        <tbody>
          {names.map((name) => {
            const draft = drafts[name];
            const changed = draft !== undefined && draft !== shown(fields[name]);
            const problem = draft !== undefined ? fieldValueProblem(name, draft) : null;
            return (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>
                  <input
                    aria-label={t('fields.field', { name })}
                    value={draft ?? shown(fields[name])}
                    aria-invalid={problem ? true : undefined}
                    title={problem ?? undefined}
                    onChange={(e) => setDrafts((d) => ({ ...d, [name]: e.target.value }))}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && changed && !problem) void save(name);
                    }}
                  />
                </td>
                <td className="row-actions">
                  {changed ? (
                    <button type="button" className="primary" disabled={Boolean(problem) || saving} onClick={() => void save(name)}>
                      {t('save')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="danger"
                    disabled={saving}
                    onClick={() => void onSave({ [name]: null })}
                    aria-label={t('fields.removeField', { name })}
                  >
                    {t('fields.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
          <tr className="contact-field-new">
            <th scope="row">
              <input
                aria-label={t('fields.newName')}
                placeholder={t('fields.newNamePlaceholder')}
                value={newName}
                aria-invalid={newProblem ? true : undefined}
                onChange={(e) => setNewName(e.target.value)}
              />
            </th>
            <td>
              <input
                aria-label={t('fields.newValue')}
                placeholder={t('fields.newValuePlaceholder')}
                value={newValue}
                onChange={(e) => setNewValue(e.target.value)}
              />
            </td>
            <td className="row-actions">
              <button
                type="button"
                disabled={!newName || Boolean(newProblem) || saving}
                onClick={() =>
                  void onSave({ [newName]: newValue }).then((ok) => {
                    if (!ok) return;
                    setNewName('');
                    setNewValue('');
                  })
                }
              >
                {t('fields.add')}
              </button>
            </td>
          </tr>
        </tbody>
      </table>
      {newProblem ? <p className="field-problems">{newProblem}</p> : null}
    </section>
  );
}
