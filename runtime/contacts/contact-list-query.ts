import { HttpError } from '../api/http-error';
import type { ContactQuery } from '../store/contact-search';

const defaultLimit = 50;
const maxLimit = 200;

/** The list's query string (already checked against the route's schema) as a store query. */
export function contactListQuery(query: Record<string, unknown>, limit = defaultLimit): ContactQuery {
  const text = typeof query.q === 'string' ? query.q : typeof query.query === 'string' ? query.query : '';
  const asked = typeof query.limit === 'string' ? Number(query.limit) : limit;
  if (!Number.isInteger(asked) || asked < 1 || asked > maxLimit) throw new HttpError(400, `limit must be a whole number from 1 to ${maxLimit}`);
  return {
    ...(text.trim() ? { text } : {}),
    ...(typeof query.tag === 'string' && query.tag.trim() ? { tag: query.tag.trim() } : {}),
    ...(typeof query.channel === 'string' && query.channel ? { channelId: query.channel } : {}),
    ...(typeof query.cursor === 'string' && query.cursor ? { cursor: query.cursor } : {}),
    sort: query.sort === 'name' ? 'name' : 'newest',
    limit: asked,
  };
}
