import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { api, ApiError } from '../api/api-client';
import type { ChannelQuota } from '../../shared/api/channels-api';

// Floored so 79.9 % never reads as the 80 % warning line.
const percent = (share: number) => formatNumber(Math.floor(share * 100) / 100, { style: 'percent' });
const n = (value: number) => formatNumber(value);

/**
 * This month's messages against LINE's quota, as LINE counts them (the number that matters), with
 * LineFlow's own push count beside it and how many of the bot's answers went out free, by reply.
 */
export function QuotaMeter({ channelId, version }: { channelId: string; version: number }) {
  const { t } = useTranslation('channels');
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
  if (problem) return <p className="muted">{t('quotaProblem', { problem })}</p>;
  if (!quota) return null;
  const { line, usedShare, botAnswers } = quota;
  const warn = quota.warning !== null;

  return (
    <div className="quota-meter" aria-label={t('quotaLabel', { id: channelId })} role="group">
      <h4>{t('quotaTitle', { month: quota.month })}</h4>
      {line?.limit ? (
        <>
          <div
            className={warn ? 'quota-bar warn' : 'quota-bar'}
            role="meter"
            aria-label={t('quotaMeter')}
            aria-valuemin={0}
            aria-valuemax={line.limit}
            aria-valuenow={line.used}
          >
            <span style={{ width: `${Math.min(100, (usedShare ?? 0) * 100)}%` }} />
            <i className="quota-mark" title={t('quotaMark')} />
          </div>
          <p>
            <Trans
              t={t}
              i18nKey="quotaUsed"
              values={{ used: n(line.used), limit: n(line.limit), percent: percent(usedShare ?? 0), pushes: n(quota.pushes) }}
              components={{ b: <strong /> }}
            />
          </p>
        </>
      ) : line ? (
        <p>{t('quotaNoLimit', { used: n(line.used), pushes: n(quota.pushes) })}</p>
      ) : (
        <p>
          {t('quotaPushes', { pushes: n(quota.pushes) })}
          {quota.lineError ? ` · ${quota.lineError}` : ''}
        </p>
      )}
      {quota.warning ? (
        <p className="quota-warning" role="alert">
          {quota.warning}
        </p>
      ) : null}
      <p>
        {t('botAnswers')}{' '}
        {botAnswers.replyShare === null ? (
          t('botAnswersNone')
        ) : (
          <strong>
            {t('botAnswersShare', { percent: percent(botAnswers.replyShare), reply: n(botAnswers.reply), total: n(botAnswers.reply + botAnswers.push) })}
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
