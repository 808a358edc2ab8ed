import type { FakeLineAnswer, FakeLineRoute, FakeLineServer } from '../fake-line-server';

/** What the fake keeps of the chat endpoints: customers' content by LINE message id, tokens marked read. */
export class FakeChat {
  /** What customers sent, by LINE's message id (tests register it; others answer 404, as LINE does once it deleted them). */
  readonly contents = new Map<string, { body: Buffer; contentType: string }>();
  /** Mark-as-read tokens used, in order, with the channel token that used each. */
  readonly markedRead: { markAsReadToken: string; token: string }[] = [];
}

const states = new WeakMap<FakeLineServer, FakeChat>();

/** The chat state of one fake LINE server (made on first use). */
export function fakeChat(fake: FakeLineServer): FakeChat {
  let state = states.get(fake);
  if (!state) states.set(fake, (state = new FakeChat()));
  return state;
}

/** LINE's error body: "The request body has N error(s)" with each property named. */
const invalid = (endpoint: string, property: string, message: string): FakeLineAnswer => ({
  status: 400,
  endpoint,
  payload: { message: 'The request body has 1 error(s)', details: [{ message, property }] },
});

/** A one-to-one chat's id is the user's: U and 32 hex digits (groups C…, rooms R… are refused). */
const userId = /^U[0-9a-f]{32}$/;

/** `POST /v2/bot/chat/loading/start`: users only, 5 to 60 seconds in steps of 5 (20 when left out); 202. */
const loadingStart: FakeLineRoute = (request) => {
  if (request.method !== 'POST' || request.path !== '/v2/bot/chat/loading/start') return undefined;
  const { chatId, loadingSeconds } = (request.body ?? {}) as { chatId?: unknown; loadingSeconds?: unknown };
  if (typeof chatId !== 'string' || !userId.test(chatId))
    return invalid('loading', 'chatId', 'An invalid chat ID is specified (one-to-one chats with users only)');
  if (loadingSeconds !== undefined) {
    const valid = typeof loadingSeconds === 'number' && Number.isInteger(loadingSeconds) && loadingSeconds >= 5 && loadingSeconds <= 60;
    if (!valid || loadingSeconds % 5 !== 0) return invalid('loading', 'loadingSeconds', 'must be a multiple of 5 from 5 to 60');
  }
  return { status: 202, endpoint: 'loading', payload: {} };
};

/** `POST /v2/bot/chat/markAsRead` (markMessagesAsReadByToken): a token from a webhook; 200. */
const markAsRead: FakeLineRoute = (request, fake) => {
  if (request.method !== 'POST' || request.path !== '/v2/bot/chat/markAsRead') return undefined;
  const token: unknown = request.body?.markAsReadToken;
  if (typeof token !== 'string' || token === '') return invalid('mark-as-read', 'markAsReadToken', 'must not be empty');
  fakeChat(fake).markedRead.push({ markAsReadToken: token, token: request.token });
  return { status: 200, endpoint: 'mark-as-read', payload: {} };
};

/** `GET /v2/bot/message/{messageId}/content` (api-data.line.me): the registered bytes, else 404. */
const content: FakeLineRoute = (request, fake) => {
  const match = /^\/v2\/bot\/message\/([^/]+)\/content$/.exec(request.path);
  if (request.method !== 'GET' || !match) return undefined;
  const found = fakeChat(fake).contents.get(decodeURIComponent(match[1] ?? ''));
  return found ? { status: 200, endpoint: 'content', raw: found } : { status: 404, endpoint: 'content', payload: { message: 'Not found' } };
};

export const chatRoutes: FakeLineRoute[] = [loadingStart, markAsRead, content];
