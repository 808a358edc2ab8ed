import type { EventSession } from './event-session';

/**
 * What a customer's tap meant, in the words they saw: LINE's postback event carries only the
 * button's data (`node=ask&choice=agent`), not its label. Read from the step of the workflow
 * version that asked, while its run waits (a tap on a button of an ended run stays as data).
 * A choice gives its label ("Talk to an agent"), a rating its score on the scale ("4/5").
 */
export async function postbackLabel(session: EventSession, data: string): Promise<string | undefined> {
  const params = new URLSearchParams(data);
  const choiceId = params.get('choice');
  const rating = params.get('rating');
  const run = session.run;
  if ((!choiceId && !rating) || !run) return undefined;
  const workflow = await session.workflows.version(run.workflowId, run.version);
  const node = workflow?.nodes.get(params.get('node') ?? run.nodeId ?? '');
  if (!node) return undefined;
  const options = node.data as { choices?: { id: string; label: string }[]; scale?: number };
  if (choiceId) return options.choices?.find((choice) => choice.id === choiceId)?.label;
  return options.scale ? `${rating}/${options.scale}` : undefined;
}
