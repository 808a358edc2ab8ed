import { createInterface } from 'node:readline';
import { apiTarget, cliApiClient, CliError, type ApiTarget } from './api-client';
import type { CommandOutput } from './validate-command';

interface QuickAction {
  label: string;
  type: string;
  data?: string;
  text?: string;
}

/**
 * `lineflow chat`: a terminal chat with the simulated LINE channel of a running server. Bot
 * messages stream in; quick replies are numbered, and typing the number taps the button.
 */
export async function chatCommand(args: string[], io: CommandOutput): Promise<number> {
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const user = option('--user', `sim-${Date.now().toString(36)}`);
  const target = await apiTarget();
  const api = cliApiClient(target);
  const params = { userId: user };
  const profile = await api.call('setSimulatedProfile', {
    params,
    body: { displayName: option('--name', 'Test user'), ...(args.includes('--language') ? { language: option('--language', 'en') } : {}) },
  });
  if (!profile.ok) throw new CliError(profile.body.error ?? `HTTP ${profile.status}`);
  io.out(`Chatting as ${user} with ${target.url}. Type a message, a number to tap a quick reply, /follow, or /quit.`);
  let actions: QuickAction[] = [];
  const stream = streamMessages(target, user, (message) => {
    if (message.direction !== 'out') return;
    const content = message.content as { type: string; text?: string; quickReply?: { items: { action: QuickAction }[] } };
    if (content.type === 'note') return io.out(`  (note for agents: ${content.text})`);
    io.out(`bot> ${content.text ?? `[${content.type}]`}`);
    if (content.quickReply) {
      actions = content.quickReply.items.map((i) => i.action);
      io.out(`     ${actions.map((a, i) => `[${i + 1}] ${a.label}`).join('  ')}`);
    }
  });
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    if (text === '/quit') break;
    if (text === '/follow') {
      await api.call('simulateFollow', { params });
      continue;
    }
    const picked = /^\d+$/.test(text) ? actions[Number(text) - 1] : undefined;
    const body = picked?.type === 'postback' ? { postbackData: picked.data } : { text: picked?.text ?? text };
    if (picked) io.out(`you> ${picked.label}`);
    const sent = await api.call('sendSimulatedMessage', { params, body });
    if (!sent.ok) io.err(`not sent: ${sent.body.error ?? sent.status}`);
  }
  stream.abort();
  return 0;
}

function streamMessages(target: ApiTarget, user: string, onMessage: (message: { direction: string; content: unknown }) => void): AbortController {
  const controller = new AbortController();
  void (async () => {
    const url = cliApiClient(target).url('streamSimulatedMessages', { params: { userId: user } });
    const response = await fetch(url, { headers: { authorization: `Bearer ${target.token}` }, signal: controller.signal });
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (data) onMessage(JSON.parse(data.slice(6)));
      }
    }
  })().catch(() => {});
  return controller;
}
