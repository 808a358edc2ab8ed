import { useCallback, useEffect, useState } from 'react';
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
const kindLabels: Record<CredentialKind, string> = {
  bearer: 'Bearer token (Authorization: Bearer …)',
  header: 'API key in a header',
  basic: 'User name and password (Basic)',
};

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
    saving.then((saved) => done(`Credential “${saved.name}” saved; it is sent only to ${saved.allowedOrigin}`), fail);
  };
  const remove = async (name: string) => {
    const message = 'HTTP steps that use it will fail until it is added again.';
    if (!(await askConfirm({ title: `Delete the credential “${name}”?`, message, confirmLabel: 'Delete', danger: true }))) return;
    api('deleteCredential', { params: { name } }).then(() => done(`Credential “${name}” deleted`), fail);
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

  return (
    <section aria-labelledby="credentials-title">
      <h2 id="credentials-title">Credentials for HTTP steps</h2>
      <p className="muted">
        Tokens and API keys that HTTP steps send, kept encrypted and never shown again. A step names one in its “credential” field; it is sent only to the
        origin below and dropped if the server redirects elsewhere, so a workflow and its exports hold no secret.
      </p>
      {credentials === null ? null : credentials.length === 0 ? (
        <p className="muted">No credentials yet.</p>
      ) : (
        <table className="workflow-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Kind</th>
              <th>Sent only to</th>
              <th>Changed</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {credentials.map((c) => (
              <tr key={c.name}>
                <td>
                  <code>{c.name}</code>
                </td>
                <td>{c.kind === 'header' ? `header ${c.headerName ?? ''}` : c.kind}</td>
                <td>{c.allowedOrigin}</td>
                <td>{new Date(c.updatedAt).toLocaleString()}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      setReplacing(c.name);
                      setForm({ ...emptyForm, name: c.name, kind: c.kind, headerName: c.headerName ?? emptyForm.headerName, allowedOrigin: c.allowedOrigin });
                    }}
                  >
                    Replace
                  </button>{' '}
                  <button type="button" className="link" aria-label={`Delete ${c.name}`} onClick={() => void remove(c.name)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="admin-form"
        aria-label={replacing ? `Replace credential ${replacing}` : 'Add a credential'}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h3>{replacing ? `Replace “${replacing}” (enter its values again)` : 'Add a credential'}</h3>
        {replacing ? null : field('name', 'Credential name, e.g. crm')}
        <select aria-label="Credential kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as CredentialKind })}>
          {credentialKinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
        {form.kind === 'header' ? field('headerName', 'Header name') : null}
        {form.kind === 'basic' ? (
          <>
            {field('username', 'User name')}
            {field('password', 'Password', 'password')}
          </>
        ) : (
          field('value', form.kind === 'bearer' ? 'Token' : 'Header value', 'password')
        )}
        {field('allowedOrigin', 'Sent only to, e.g. https://crm.example.com')}
        <button type="submit" className="primary">
          {replacing ? 'Replace' : 'Add credential'}
        </button>
        {replacing ? (
          <button type="button" onClick={() => (setReplacing(null), setForm(emptyForm))}>
            Cancel
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
