import { useCallback, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import type { ChannelItem } from '../../shared/api/channels-api';
import { ChannelCard, type Notice } from './channel-card';
import { ConnectChannelForm } from './connect-channel-form';
import './channels.css';

/**
 * Admins' LINE channels: one card per Official Account (its picture and name as LINE has them, its
 * webhook URL, LINE's last webhook test in words, this month's quota), and connecting another.
 */
export function ChannelsScreen() {
  const { t } = useTranslation('channels');
  const [channels, setChannels] = useState<ChannelItem[] | null>(null);
  const [publicUrl, setPublicUrl] = useState<string | null>(null);
  const [simulated, setSimulated] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [quotaVersion, setQuotaVersion] = useState(0);
  const refresh = useCallback(() => {
    api('listChannels').then(
      (answer) => {
        setChannels(answer.channels);
        setPublicUrl(answer.publicUrl);
        setSimulated(answer.simulated);
        setQuotaVersion((v) => v + 1);
      },
      (e: unknown) => setNotice({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) }),
    );
  }, []);
  useEffect(refresh, [refresh]);
  const changed = (next: Notice) => {
    setNotice(next);
    refresh();
  };

  return (
    <>
      <NavBar current="channels" />
      <main className="workflows-screen channels-screen">
        <h2>{t('title')}</h2>
        <p className="muted">{t('intro')}</p>
        {publicUrl ? null : (
          <div className="notice error" role="alert">
            {t('noPublicUrl')}
          </div>
        )}
        {notice ? (
          <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </div>
        ) : null}
        {simulated ? (
          <p className="muted" data-testid="simulated-note">
            <Trans t={t} i18nKey="simulated" components={{ c: <code /> }} />
          </p>
        ) : null}
        <div className="channel-cards">
          {(channels ?? []).map((channel) => (
            <ChannelCard key={channel.id} channel={channel} quotaVersion={quotaVersion} onChanged={changed} />
          ))}
        </div>
        <ConnectChannelForm onConnected={changed} />
      </main>
    </>
  );
}
