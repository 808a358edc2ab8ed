import { HTTPFetchError, type messagingApi } from '@line/bot-sdk';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { lineLimits } from '../../shared/line-limits';
import { isTemplated, stepFieldOf, type BuiltMessage } from '../../shared/line-messages/built-message';
import { stepLineMessages } from '../../shared/line-messages/step-line-messages';
import type { Problem } from '../../shared/validation/problem';
import { ProblemList } from '../../shared/validation/problem-list';
import type { RuntimeServices } from '../app/runtime-services';
import type { LineApiTransport } from '../line/line-api-transport';

/** LINE's endpoints that check message objects without sending them, asked in this order. */
const endpoints = ['reply', 'push'] as const;
/** Calls in flight at once: a workflow of 50 steps is asked in seconds, without a burst. */
const parallel = 4;

interface Question {
  nodeIndex: number;
  built: BuiltMessage[];
}

/** What LINE's validate endpoint said: nothing refused, or its details. */
type Verdict = { details: { message?: string; property?: string }[]; message?: string };

/**
 * LINE's own verdict on every fixed message of a workflow (those without `{{placeholders}}`, which
 * only a run can render), from `POST /v2/bot/message/validate/reply` and `/push` of a channel the
 * workflow runs on. What LINE refuses is an error naming the step and option; a LINE that cannot
 * be reached is a warning (LineFlow's own copy of LINE's rules has checked them already). Without
 * a real channel (the simulated one) nothing is asked.
 */
export async function askLineAboutMessages(services: RuntimeServices, document: WorkflowDocument): Promise<{ errors: Problem[]; warnings: Problem[] }> {
  const api = await channelApi(services, document.settings.channels);
  if (!api) return { errors: [], warnings: [] };
  const questions: Question[] = [];
  document.nodes.forEach((node, nodeIndex) => {
    for (const request of stepLineMessages(node, (template) => template)) {
      const fixed = request.filter((built) => !isTemplated(built, node.data));
      for (let i = 0; i < fixed.length; i += lineLimits.messagesPerRequest)
        questions.push({ nodeIndex, built: fixed.slice(i, i + lineLimits.messagesPerRequest) });
    }
  });
  const problems = new ProblemList(document);
  let unreachable: string | undefined;
  const ask = async (question: Question) => {
    for (const endpoint of endpoints) {
      if (unreachable) return;
      const verdict = await validate(api, endpoint, question.built).catch((error: unknown) => {
        unreachable ??= error instanceof Error ? error.message : String(error);
        return undefined;
      });
      if (!verdict || verdict.details.length === 0) continue;
      for (const detail of verdict.details) report(problems, question, endpoint, detail, verdict.message);
      return; // LINE checks the same objects for a push: one refusal is enough.
    }
  };
  for (let i = 0; i < questions.length; i += parallel) await Promise.all(questions.slice(i, i + parallel).map(ask));
  if (unreachable) {
    problems.at(
      'warning',
      '',
      `LINE's validate endpoint could not be asked about the fixed messages (${unreachable}); LineFlow's own copy of LINE's rules checked them`,
    );
  }
  return { errors: problems.errors, warnings: problems.warnings };
}

/** The first channel the workflow runs on that is a real LINE channel; null when there is none (simulated). */
async function channelApi(services: RuntimeServices, limitedTo: readonly string[] | undefined): Promise<LineApiTransport | null> {
  const ids = limitedTo?.length ? limitedTo : (await services.channels.list()).map((channel) => channel.id);
  for (const id of ids) {
    const api = await services.channels.api(id);
    if (api) return api;
  }
  return null;
}

async function validate(api: LineApiTransport, endpoint: (typeof endpoints)[number], built: BuiltMessage[]): Promise<Verdict> {
  const messages = built.map((b) => b.message) as unknown as messagingApi.Message[];
  return api.call('validate', async (client) => {
    try {
      await (endpoint === 'reply' ? client.validateReply({ messages }) : client.validatePush({ messages }));
      return { details: [] };
    } catch (error) {
      // 400 is LINE's answer about the messages, not a failed call: its details are what publish reports.
      if (error instanceof HTTPFetchError && error.status === 400) return parseVerdict(error.body);
      throw error;
    }
  });
}

function parseVerdict(body: string): Verdict {
  try {
    const parsed = JSON.parse(body) as { message?: string; details?: Verdict['details'] };
    const details = parsed.details?.length ? parsed.details : [{ message: parsed.message }];
    return { message: parsed.message, details };
  } catch {
    return { details: [{ message: body.slice(0, 200) || 'refused' }] };
  }
}

/** `messages[1].quickReply.items[0].action.label` → the option of message 1 it comes from. */
function report(problems: ProblemList, question: Question, endpoint: string, detail: Verdict['details'][number], summary: string | undefined): void {
  const match = /^messages\[(\d+)\](.*)$/.exec(detail.property ?? '');
  const built = match ? question.built[Number(match[1])] : undefined;
  const pointer = (match?.[2] ?? '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => `/${part}`)
    .join('');
  const field = built ? stepFieldOf(built, pointer) : '';
  const what = detail.message ?? summary ?? 'refused';
  if (field) problems.inNode('error', question.nodeIndex, field, `is refused by LINE (validate/${endpoint}): ${what}`);
  else
    problems.inNode(
      'error',
      question.nodeIndex,
      null,
      `LINE (validate/${endpoint}) refuses a message: ${what}${detail.property ? ` (${detail.property})` : ''}`,
    );
}
