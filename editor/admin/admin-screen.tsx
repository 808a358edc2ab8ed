import { useEffect, useState } from 'react';
import { api, ApiError } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import { inboxApi, type UserItem } from '../inbox/inbox-api';
import { SchemaForm } from '../inspector/schema-form';
import { businessHoursSchema } from '../../shared/steps/schema-parts';
import type { BusinessHours } from '../../shared/document/workflow-document';
import { CategoriesPanel } from './categories-panel';
import { SharedRepliesPanel } from './shared-replies-panel';
import { CredentialsPanel } from './credentials-panel';
import { LineHelpersPanel } from './line-helpers-panel';
import { DeadLettersPanel } from './dead-letters-panel';
import { SubscriptionsPanel } from './subscriptions-panel';
import { AuditLogPanel } from './audit-log-panel';
import { EncryptionKeyNotice } from './encryption-key-notice';

/** Admins' settings: people and their teams, and the LINE channel's credentials. */
export function AdminScreen() {
  const [users, setUsers] = useState<UserItem[]>([]);
  const [line, setLine] = useState<{ channelSecret: string; channelAccessToken: string; inUse: string } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [form, setForm] = useState({ email: '', name: '', role: 'agent', teams: '', password: '' });
  const [channel, setChannel] = useState({ channelSecret: '', channelAccessToken: '' });
  const [hours, setHours] = useState<unknown>(null);
  const [hoursProblems, setHoursProblems] = useState<string[]>([]);
  const refresh = () => {
    void inboxApi.users().then(setUsers);
    void api('getLineSettings').then(setLine);
    void api('getBusinessHours').then((r) =>
      setHours(
        r.businessHours ?? {
          timezone: 'Asia/Tokyo',
          weekly: {
            mon: [{ from: '09:00', to: '18:00' }],
            tue: [{ from: '09:00', to: '18:00' }],
            wed: [{ from: '09:00', to: '18:00' }],
            thu: [{ from: '09:00', to: '18:00' }],
            fri: [{ from: '09:00', to: '18:00' }],
          },
          holidays: [],
        },
      ),
    );
  };
  useEffect(refresh, []);
  const run = (what: Promise<unknown>, ok: string) =>
    what.then(
      () => {
        setMessage({ kind: 'ok', text: ok });
        refresh();
      },
      (e: unknown) => setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) }),
    );

  return (
    <>
      <NavBar current="admin" />
      <main className="workflows-screen">
        {message ? (
          <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </div>
        ) : null}
        <EncryptionKeyNotice />
        <h2>People</h2>
        <table className="workflow-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Role</th>
              <th>Teams</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{u.role}</td>
                <td>{u.teams.join(', ')}</td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      void run(
                        api('updateUser', { params: { id: u.id }, body: { status: u.status === 'online' ? 'away' : 'online' } }),
                        `${u.name} is now ${u.status === 'online' ? 'away' : 'online'}`,
                      )
                    }
                  >
                    {u.status === 'online' ? '● online' : '○ away'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form
          className="admin-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              api('createUser', {
                body: {
                  ...form,
                  role: form.role === 'admin' ? 'admin' : 'agent',
                  teams: form.teams
                    .split(',')
                    .map((t) => t.trim())
                    .filter(Boolean),
                },
              }),
              `${form.email} can now sign in`,
            ).then(() => setForm({ email: '', name: '', role: 'agent', teams: '', password: '' }));
          }}
        >
          <h3>Add a person</h3>
          <input aria-label="New user's email" placeholder="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
          <input aria-label="New user's name" placeholder="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          <select aria-label="New user's role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
            <option value="agent">agent</option>
            <option value="admin">admin</option>
          </select>
          <input
            aria-label="New user's teams"
            placeholder="teams, comma separated"
            value={form.teams}
            onChange={(e) => setForm({ ...form, teams: e.target.value })}
          />
          <input
            aria-label="New user's password"
            type="password"
            placeholder="password (10+ characters)"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
          <button type="submit" className="primary">
            Add
          </button>
        </form>
        <h2>Business hours</h2>
        <p className="muted">The company's opening hours: workflows that set none of their own use these (the “open now” / “closed now” branch).</p>
        {hours ? (
          <form
            className="hours-form"
            onSubmit={(e) => {
              e.preventDefault();
              setHoursProblems([]);
              void api('saveBusinessHours', { body: { businessHours: hours as BusinessHours } }).then(
                () => setMessage({ kind: 'ok', text: 'Business hours saved' }),
                (err: unknown) => setHoursProblems(err instanceof ApiError ? [err.message, ...err.problems.map((p) => p.message)] : [String(err)]),
              );
            }}
          >
            <SchemaForm schema={businessHoursSchema} value={hours} onChange={setHours} problems={{ get: () => [] }} />
            {hoursProblems.length ? (
              <ul className="field-problems" role="alert">
                {hoursProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
            <button type="submit" className="primary">
              Save business hours
            </button>
          </form>
        ) : null}
        <h2>LINE channel</h2>
        <p className="notice">
          Connect LINE Official Accounts, see each one's webhook test and this month's quota under <a href="#/channels">Channels</a>. This form sets only the
          default channel's credentials, as before several channels.
        </p>
        <p>
          Now: {line?.inUse ?? '…'} · secret {line?.channelSecret ?? '…'} · access token {line?.channelAccessToken ?? '…'}. Saved credentials are encrypted and
          never shown again; they are used at once.
        </p>
        <form
          className="admin-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(api('saveLineSettings', { body: channel }), 'Saved; the default channel uses them now').then(() =>
              setChannel({ channelSecret: '', channelAccessToken: '' }),
            );
          }}
        >
          <input
            aria-label="Channel secret"
            placeholder="channel secret"
            value={channel.channelSecret}
            onChange={(e) => setChannel({ ...channel, channelSecret: e.target.value })}
          />
          <input
            aria-label="Channel access token"
            placeholder="channel access token"
            value={channel.channelAccessToken}
            onChange={(e) => setChannel({ ...channel, channelAccessToken: e.target.value })}
          />
          <button type="submit" className="primary">
            Save
          </button>
        </form>
        <CategoriesPanel />
        <SharedRepliesPanel />
        <LineHelpersPanel />
        <SubscriptionsPanel />
        <CredentialsPanel />
        <DeadLettersPanel />
        <AuditLogPanel />
      </main>
    </>
  );
}
