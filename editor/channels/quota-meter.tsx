import { useEffect, useState } from 'react';
import { api, ApiError } from '../api/api-client';
import type { ChannelQuota } from '../../shared/api/channels-api';

const percent = (share: number) => `${Math.floor(share * 100)} %`;

/**
 * This month's messages against LINE's quota, as LINE counts them (the number that matters), with
 * LineFlow's own push count beside it and how many of the bot's answers went out free, by reply.
 */
export function QuotaMeter({ channelId, version }: { channelId: string; version: number }) {
  const [quota, setQuota] = useState<ChannelQuota | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api('getChannelQuota', { params: { id: channelId } }).then(
      (answer) => live && setQuota(answer),
      (e: unknown) => live && setProblem(e instanceof ApiError ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [channelId, version]);
  if (problem) return <p className="muted">Quota: {problem}</p>;
  if (!quota) return null;
  const { line, usedShare, botAnswers } = quota;
  const warn = quota.warning !== null;

  return (
    <div className="quota-meter" aria-label={`Messages this month on ${channelId}`} role="group">
      <h4>Messages this month ({quota.month})</h4>
      {line?.limit ? (
        <>
          <div
            className={warn ? 'quota-bar warn' : 'quota-bar'}
            role="meter"
            aria-label="Share of LINE's monthly quota used"
            aria-valuemin={0}
            aria-valuemax={line.limit}
            aria-valuenow={line.used}
          >
            <span style={{ width: `${Math.min(100, (usedShare ?? 0) * 100)}%` }} />
            <i className="quota-mark" title="80 %: LineFlow warns from here" />
          </div>
          <p>
            <strong>
              {line.used.toLocaleString()} of {line.limit.toLocaleString()}
            </strong>{' '}
            messages used ({percent(usedShare ?? 0)}), as LINE counts them · LineFlow sent {quota.pushes.toLocaleString()} pushes
          </p>
        </>
      ) : line ? (
        <p>
          No monthly limit on this plan: LINE counts {line.used.toLocaleString()} messages · LineFlow sent {quota.pushes.toLocaleString()} pushes
        </p>
      ) : (
        <p>
          LineFlow sent {quota.pushes.toLocaleString()} pushes{quota.lineError ? ` · ${quota.lineError}` : ''}
        </p>
      )}
      {quota.warning ? (
        <p className="quota-warning" role="alert">
          {quota.warning}
        </p>
      ) : null}
      <p>
        Bot answers sent free by reply:{' '}
        {botAnswers.replyShare === null ? (
          'none yet this month'
        ) : (
          <strong>
            {percent(botAnswers.replyShare)} ({botAnswers.reply.toLocaleString()} of {(botAnswers.reply + botAnswers.push).toLocaleString()})
          </strong>
        )}
      </p>
      <ul className="quota-notes muted">
        {quota.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
