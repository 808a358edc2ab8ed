import type { ChannelItem } from '../../shared/api/channels-api';
import { apiTarget, cliApiClient } from './api-client';
import type { CommandOutput } from './validate-command';

const usage = `usage: lineflow channel connect --name NAME --secret CHANNEL_SECRET --token CHANNEL_ACCESS_TOKEN
       lineflow channel list
       lineflow channel test CHANNEL_ID
  connect checks the token with LINE, sets the webhook URL from PUBLIC_URL and asks LINE to test it.
  --secret and --token may be left out and given as CHANNEL_SECRET and CHANNEL_ACCESS_TOKEN instead
  (a command line is visible to other users of the machine and kept in shell history).`;

const sources: Record<ChannelItem['source'], string> = { environment: 'from environment', settings: 'from settings', stored: 'connected' };

/**
 * `lineflow channel connect|list|test`: LINE channels of a running server, through its API. Exits 0
 * when the channel is connected and LINE's test webhook reached LineFlow; 1 when something needs
 * fixing (the message says what; a connected channel stays connected).
 */
export async function channelCommand(args: string[], io: CommandOutput, env: Record<string, string | undefined> = process.env): Promise<number> {
  const [sub, ...rest] = args;
  const option = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (sub === 'connect') {
    const name = option('--name');
    const channelSecret = option('--secret') ?? env.CHANNEL_SECRET;
    const channelAccessToken = option('--token') ?? env.CHANNEL_ACCESS_TOKEN;
    if (!name || !channelSecret || !channelAccessToken) {
      io.err(usage);
      return 2;
    }
    const answer = await cliApiClient(await apiTarget(env)).call('connectChannel', { body: { name, channelSecret, channelAccessToken } });
    if (!answer.ok) return refused(io, answer.body.error, answer.status);
    const channel = answer.body;
    io.out(`Connected “${channel.name}” as channel ${channel.id}${channel.bot ? `: LINE account ${account(channel)}` : ''}`);
    return describe(io, channel);
  }
  if (sub === 'list' && rest.length === 0) {
    const answer = await cliApiClient(await apiTarget(env)).call('listChannels');
    if (!answer.ok) return refused(io, answer.body.error, answer.status);
    if (answer.body.simulated) io.out('default  (simulated channel: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are not set)');
    for (const channel of answer.body.channels) {
      io.out(
        `${channel.id}  ${channel.name}  [${sources[channel.source]}]${channel.bot ? `  ${account(channel)}` : ''}  ${channel.webhookOk ? 'webhook ok' : 'webhook needs attention'}`,
      );
    }
    return 0;
  }
  if (sub === 'test' && rest.length === 1) {
    const answer = await cliApiClient(await apiTarget(env)).call('testChannelWebhook', { params: { id: rest[0] } });
    if (!answer.ok) return refused(io, answer.body.error, answer.status);
    io.out(`${answer.body.name} (${answer.body.id})${answer.body.bot ? `: LINE account ${account(answer.body)}` : ''}`);
    return describe(io, answer.body);
  }
  io.err(usage);
  return 2;
}

function account(channel: ChannelItem): string {
  return channel.bot ? `${channel.bot.displayName}${channel.bot.basicId ? ` (${channel.bot.basicId})` : ''}` : '';
}

/** The webhook URL and LINE's test result in words; 1 when it needs fixing. */
function describe(io: CommandOutput, channel: ChannelItem): number {
  if (channel.webhookUrl) io.out(`Webhook URL: ${channel.webhookUrl}`);
  (channel.webhookOk ? io.out : io.err)(channel.webhookSummary);
  return channel.webhookOk ? 0 : 1;
}

function refused(io: CommandOutput, error: string | undefined, status: number): number {
  io.err(`lineflow: ${error ?? `HTTP ${status}`}`);
  return 1;
}
