import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { api, ApiError } from '../api/api-client';
import { credentialKinds, type CredentialItem, type CredentialKind } from '../../shared/api/credentials-api';
import { useConfirm } from '../ui/use-confirm';

type Message = { kind: 'ok' | 'error'; text: string } | null;
interface Form {
  name: string;
  kind: CredentialKind;
  headerName: string;
  value: string;
  username: string;
  password: string;
  allowedOrigin: string;
}

const emptyForm: Form = { name: '', kind: 'bearer', headerName: 'X-Api-Key', value: '', username: '', password: '', allowedOrigin: '' };

/** The values the chosen kind takes, and nothing else (the API refuses the others). */
function valuesOf(form: Form) {
  const base = { kind: form.kind, allowedOrigin: form.allowedOrigin.trim() };
  if (form.kind === 'basic') return { ...base, username: form.username, password: form.password };
  if (form.kind === 'header') return { ...base, headerName: form.headerName.trim(), value: form.value };
  return { ...base, value: form.value };
}

/**
 * Credentials for HTTP steps: stored encrypted, picked by name in a step, sent only to their
 * origin. Values are write-only: replacing a credential asks for them again.
 */
export function CredentialsPanel() {
  const { t } = useTranslation('admin');
  const askConfirm = useConfirm();
  const [credentials, setCredentials] = useState<CredentialItem[] | null>(null);
  const [form, setForm] = useState<Form>(emptyForm);
  const [replacing, setReplacing] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const fail = (e: unknown) => setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });

  const refresh = useCallback(() => {
    api('listCredentials').then((r) => setCredentials(r.credentials), fail);
  }, []);
  useEffect(refresh, [refresh]);

  const done = (text: string) => {
    setMessage({ kind: 'ok', text });
    setForm(emptyForm);
    setReplacing(null);
    refresh();
  };
  const save = () => {
    setMessage(null);
    const saving = replacing
      ? api('replaceCredential', { params: { name: replacing }, body: valuesOf(form) })
      : api('createCredential', { body: { name: form.name.trim(), ...valuesOf(form) } });
    saving.then((saved) => done(t('cred.saved', { name: saved.name, origin: saved.allowedOrigin })), fail);
  };
  const remove = async (name: string) => {
    const message = t('cred.deleteMessage');
    if (!(await askConfirm({ title: t('cred.deleteTitle', { name }), message, confirmLabel: t('cred.delete'), danger: true }))) return;
    api('deleteCredential', { params: { name } }).then(() => done(t('cred.deleted', { name })), fail);
  };
  const field = (key: keyof Form, label: string, type = 'text') => (
    <input
      aria-label={label}
      placeholder={label}
      type={type}
      autoComplete={type === 'password' ? 'new-password' : 'off'}
      value={form[key]}
      onChange={(e) => setForm({ ...form, [key]: e.target.value })}
    />
  );

  const fields = {
    name: field('name', t('cred.nameField')),
    headerName: field('headerName', t('cred.headerName')),
    username: field('username', t('cred.username')),
    password: field('password', t('cred.password'), 'password'),
    value: field('value', form.kind === 'bearer' ? t('cred.token') : t('cred.headerValue'), 'password'),
    allowedOrigin: field('allowedOrigin', t('cred.originField')),
  };

  return (
    <section aria-labelledby="credentials-title">
      <h2 id="credentials-title">{t('cred.title')}</h2>
      <p className="muted">{t('cred.intro')}</p>
      {credentials === null ? null : credentials.length === 0 ? (
        <p className="muted">{t('cred.none')}</p>
      ) : (
        <table className="workflow-table">
          <thead>
            <tr>
              <th>{t('cred.col.name')}</th>
              <th>{t('cred.col.kind')}</th>
              <th>{t('cred.col.origin')}</th>
              <th>{t('cred.col.changed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {credentials.map((c) => (
              <tr key={c.name}>
                <td>
                  <code>{c.name}</code>
                </td>
                <td>{c.kind === 'header' ? t('cred.headerKind', { name: c.headerName ?? '' }) : c.kind}</td>
                <td>{c.allowedOrigin}</td>
                <td>{formatDateTime(c.updatedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      setReplacing(c.name);
                      setForm({ ...emptyForm, name: c.name, kind: c.kind, headerName: c.headerName ?? emptyForm.headerName, allowedOrigin: c.allowedOrigin });
                    }}
                  >
                    {t('cred.replace')}
                  </button>{' '}
                  <button type="button" className="link" aria-label={t('cred.deleteLabel', { name: c.name })} onClick={() => void remove(c.name)}>
                    {t('cred.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="admin-form"
        aria-label={replacing ? t('cred.replaceLabel', { name: replacing }) : t('cred.addTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h3>{replacing ? t('cred.replaceTitle', { name: replacing }) : t('cred.addTitle')}</h3>
        {replacing ? null : fields.name}
        <select aria-label={t('cred.kindLabel')} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as CredentialKind })}>
          {credentialKinds.map((k) => (
            <option key={k} value={k}>
              {t(`cred.kind.${k}`)}
            </option>
          ))}
        </select>
        {form.kind === 'header' ? fields.headerName : null}
        {form.kind === 'basic' ? (
          <>
            {fields.username}
            {fields.password}
          </>
        ) : (
          fields.value
        )}
        {fields.allowedOrigin}
        <button type="submit" className="primary">
          {replacing ? t('cred.replace') : t('cred.add')}
        </button>
        {replacing ? (
          <button type="button" onClick={() => (setReplacing(null), setForm(emptyForm))}>
            {t('cancel')}
          </button>
        ) : null}
      </form>
      {message ? (
        <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
    </section>
  );
}
