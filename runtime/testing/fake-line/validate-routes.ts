import type { FakeLineRoute, FakeLineServer } from '../fake-line-server';
import { refuseInvalidSends, validateLineRequest, type LineErrorBody } from './validate-line-request';

/** What tests may change in the fake's validate endpoints. */
export class FakeValidation {
  /** Texts LINE refuses beyond its schema (a rule LineFlow's copy lacks): publish must report LINE's own answer. */
  readonly refusedTexts = new Set<string>();
  /** The status every validate call answers instead (500: LINE is down). */
  failWith: number | undefined;
}

const states = new WeakMap<FakeLineServer, FakeValidation>();

export function fakeValidation(fake: FakeLineServer): FakeValidation {
  let state = states.get(fake);
  if (!state) states.set(fake, (state = new FakeValidation()));
  return state;
}

/**
 * `POST /v2/bot/message/validate/reply` and `/push`: LINE's check of message objects without
 * sending them (publish asks it about each fixed message). 200 `{}` when valid, else LINE's 400.
 */
const validateMessages: FakeLineRoute = (request, fake) => {
  const kind = /^\/v2\/bot\/message\/validate\/(reply|push)$/.exec(request.path)?.[1];
  if (request.method !== 'POST' || !kind) return undefined;
  const endpoint = `validate-${kind}`;
  const state = fakeValidation(fake);
  if (state.failWith) return { status: state.failWith, endpoint, payload: { message: 'fake failure' } };
  const refused = validateLineRequest('messages', request.body) ?? refusedText(state, request.body);
  return { status: refused ? 400 : 200, endpoint, payload: refused ?? {} };
};

function refusedText(state: FakeValidation, body: any): LineErrorBody | null {
  const messages: any[] = Array.isArray(body?.messages) ? body.messages : [];
  const index = messages.findIndex((message) => state.refusedTexts.has(message?.text));
  if (index < 0) return null;
  return { message: 'The request body has 1 error(s)', details: [{ message: 'contains words that cannot be sent', property: `messages[${index}].text` }] };
}

/** The validate endpoints, and LINE's refusal of invalid reply and push bodies. */
export const validateRoutes: FakeLineRoute[] = [validateMessages, refuseInvalidSends];
