import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('admin');
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
        <h2>{t('people.title')}</h2>
        <table className="workflow-table">
          <thead>
            <tr>
              <th>{t('people.name')}</th>
              <th>{t('people.email')}</th>
              <th>{t('people.role')}</th>
              <th>{t('people.teams')}</th>
              <th>{t('people.status')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{t(`people.roles.${u.role}`)}</td>
                <td>{u.teams.join(', ')}</td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      void run(
                        api('updateUser', { params: { id: u.id }, body: { status: u.status === 'online' ? 'away' : 'online' } }),
                        t(u.status === 'online' ? 'people.nowAway' : 'people.nowOnline', { name: u.name }),
                      )
                    }
                  >
                    {u.status === 'online' ? t('people.online') : t('people.away')}
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
                    .map((team) => team.trim())
                    .filter(Boolean),
                },
              }),
              t('people.canSignIn', { email: form.email }),
            ).then(() => setForm({ email: '', name: '', role: 'agent', teams: '', password: '' }));
          }}
        >
          <h3>{t('people.add')}</h3>
          <input
            aria-label={t('people.emailLabel')}
            placeholder={t('people.emailPlaceholder')}
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
          <input
            aria-label={t('people.nameLabel')}
            placeholder={t('people.namePlaceholder')}
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
          <select aria-label={t('people.roleLabel')} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
            <option value="agent">{t('people.roles.agent')}</option>
            <option value="admin">{t('people.roles.admin')}</option>
          </select>
          <input
            aria-label={t('people.teamsLabel')}
            placeholder={t('people.teamsPlaceholder')}
            value={form.teams}
            onChange={(e) => setForm({ ...form, teams: e.target.value })}
          />
          <input
            aria-label={t('people.passwordLabel')}
            type="password"
            placeholder={t('people.passwordPlaceholder')}
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
          <button type="submit" className="primary">
            {t('people.addButton')}
          </button>
        </form>
        <h2>{t('hours.title')}</h2>
        <p className="muted">{t('hours.intro')}</p>
        {hours ? (
          <form
            className="hours-form"
            onSubmit={(e) => {
              e.preventDefault();
              setHoursProblems([]);
              void api('saveBusinessHours', { body: { businessHours: hours as BusinessHours } }).then(
                () => setMessage({ kind: 'ok', text: t('hours.saved') }),
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
              {t('hours.save')}
            </button>
          </form>
        ) : null}
        <h2>{t('line.title')}</h2>
        <p className="notice">
          <Trans t={t} i18nKey="line.notice" components={{ a: <a href="#/channels" /> }} />
        </p>
        <p>{t('line.now', { inUse: line?.inUse ?? '…', secret: line?.channelSecret ?? '…', token: line?.channelAccessToken ?? '…' })}</p>
        <form
          className="admin-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(api('saveLineSettings', { body: channel }), t('line.saved')).then(() => setChannel({ channelSecret: '', channelAccessToken: '' }));
          }}
        >
          <input
            aria-label={t('line.secretLabel')}
            placeholder={t('line.secretPlaceholder')}
            value={channel.channelSecret}
            onChange={(e) => setChannel({ ...channel, channelSecret: e.target.value })}
          />
          <input
            aria-label={t('line.tokenLabel')}
            placeholder={t('line.tokenPlaceholder')}
            value={channel.channelAccessToken}
            onChange={(e) => setChannel({ ...channel, channelAccessToken: e.target.value })}
          />
          <button type="submit" className="primary">
            {t('save')}
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
