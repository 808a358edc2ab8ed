import type { ChannelQuota } from '../../shared/api/channels-api';
import type { RuntimeServices } from '../app/runtime-services';
import { defaultChannelId } from '../channels/contact-address';
import { pushCounterId } from '../engine/push-counter';
import { tallyHour } from '../store/tallies';
import { HttpError } from './http-error';

/** At this share of LINE's monthly quota the meter warns. */
export const quotaWarningShare = 0.8;

/**
 * One channel's meter for this month: LineFlow's own push count beside LINE's (LINE's is the one
 * that counts: it also counts what was sent from LINE Official Account Manager or other tools),
 * and the share of the bot's answers that went out free, by reply. Months are UTC, as the push
 * counter keys them.
 */
export async function channelQuota(services: RuntimeServices, channelId: string, now = new Date()): Promise<ChannelQuota> {
  const view = await services.channels.get(channelId);
  if (!view && channelId !== defaultChannelId) throw new HttpError(404, `No LINE channel "${channelId.slice(0, 40)}" is connected`);
  const month = now.toISOString().slice(0, 7);
  const pushes = (await services.store.counters.get(pushCounterId(now, channelId)))?.value ?? 0;
  const notes: string[] = [];

  let line: ChannelQuota['line'] = null;
  let lineError: string | null = null;
  const api = await services.channels.api(channelId);
  if (!view) notes.push('No default LINE channel: this server runs the simulated channel, and nothing it sends counts against a LINE quota.');
  else if (!api) lineError = `LineFlow cannot use this channel: ${view.problem ?? 'its credentials cannot be opened'}`;
  else {
    try {
      const quota = await api.getQuota();
      line = { type: quota.type, limit: quota.type === 'limited' ? (quota.value ?? null) : null, used: quota.totalUsage ?? 0 };
    } catch (error) {
      lineError = `LINE did not answer with the quota: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const usedShare = line?.limit ? line.used / line.limit : null;
  const warning =
    usedShare !== null && line?.limit && usedShare >= quotaWarningShare
      ? `${Math.floor(usedShare * 100)} % of this month's ${line.limit.toLocaleString('en')} messages are used. At 100 % LINE refuses pushes until next month (replies stay free): raise the plan in LINE Official Account Manager, or send fewer pushes.`
      : null;
  if (line && line.used !== pushes) {
    notes.push(
      `LINE counts ${line.used} messages this month, LineFlow sent ${pushes} push${pushes === 1 ? '' : 'es'}: LINE's number is the one that counts (it includes messages sent from LINE Official Account Manager and other tools).`,
    );
  }

  const botAnswers = await botAnswersByMethod(services, channelId, month);
  notes.push(
    "Bot answers are counted through each message's conversation and its channel (message tallies have no channel of their own); the test chat's and agents' messages are not counted.",
  );
  return { channelId, month, pushes, line, lineError, usedShare, warning, botAnswers, notes };
}

/** The bot's messages this month by how they went out: by reply (free) or by push (counted by LINE). */
async function botAnswersByMethod(services: RuntimeServices, channelId: string, month: string): Promise<ChannelQuota['botAnswers']> {
  const from = new Date(`${month}-01T00:00:00.000Z`);
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const sums = await services.store.reports.messages({
    fromIso: from.toISOString(),
    toIso: to.toISOString(),
    fromHour: tallyHour(from),
    toHour: tallyHour(to),
    channel: channelId,
  });
  // Agents' messages carry their agent id; the bot's have none.
  const bot = sums.filter((sum) => sum.agentId === '');
  const reply = bot.reduce((total, sum) => total + sum.reply, 0);
  const push = bot.reduce((total, sum) => total + sum.push, 0);
  return { reply, push, replyShare: reply + push > 0 ? reply / (reply + push) : null };
}
