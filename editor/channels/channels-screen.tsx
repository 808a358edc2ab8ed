import { useCallback, useEffect, useState } from 'react';
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
        <h2>LINE channels</h2>
        <p className="muted">
          Each LINE Official Account LineFlow answers. Connecting one checks its token with LINE, sets its webhook URL from PUBLIC_URL and asks LINE to test it.
          Secrets and tokens are kept encrypted and never shown again.
        </p>
        {publicUrl ? null : (
          <div className="notice error" role="alert">
            PUBLIC_URL is not set: LINE cannot reach this server. Set it to the HTTPS address LINE reaches LineFlow at (behind a reverse proxy such as Caddy, or
            a tunnel while developing) and restart; channels can be connected meanwhile, and their webhooks set afterwards.
          </div>
        )}
        {notice ? (
          <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </div>
        ) : null}
        {simulated ? (
          <p className="muted" data-testid="simulated-note">
            No default channel: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are not set, so the test chat and <code>npx lineflow chat</code> use the
            simulated channel.
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
