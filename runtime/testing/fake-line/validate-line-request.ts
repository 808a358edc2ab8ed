import { lineRequestProblems, type LineRequestKind } from '../../../shared/line-schema/line-request-schema';
import { lineProperty } from '../../../shared/line-schema/line-problem';
import type { FakeLineRoute } from '../fake-line-server';

/** LINE's answer to a body it refuses (400): "The request body has N error(s)", each naming its property. */
export interface LineErrorBody {
  message: string;
  details: { message: string; property: string }[];
}

/**
 * What LINE would answer to a reply, push or validate body, judged by the same vendored OpenAPI
 * schemas and limits LineFlow checks itself with (shared/line-schema): null when LINE takes it.
 */
export function validateLineRequest(kind: Extract<LineRequestKind, 'reply' | 'push' | 'messages'>, body: unknown): LineErrorBody | null {
  const problems = lineRequestProblems(kind, body);
  if (problems.length === 0) return null;
  return {
    message: `The request body has ${problems.length} error(s)`,
    details: problems.map((problem) => ({ message: problem.message, property: lineProperty(problem.pointer) })),
  };
}

/** Reply and push bodies LINE would refuse get its 400, before the fake's reply and push (tokens, retry keys) see them. */
export const refuseInvalidSends: FakeLineRoute = (request) => {
  if (request.method !== 'POST') return undefined;
  const kind = request.path === '/v2/bot/message/reply' ? 'reply' : request.path === '/v2/bot/message/push' ? 'push' : undefined;
  if (!kind) return undefined;
  const refused = validateLineRequest(kind, request.body);
  return refused ? { status: 400, endpoint: kind, payload: refused } : undefined;
};
