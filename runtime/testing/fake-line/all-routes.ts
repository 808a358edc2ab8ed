import type { FakeLineRoute } from '../fake-line-server';
import { channelRoutes } from './channel-routes';
import { chatRoutes } from './chat-routes';
import { richMenuRoutes } from './rich-menu-routes';
import { validateRoutes } from './validate-routes';

/**
 * Every endpoint the fake LINE API has beyond reply, push, profile and quota, one file per area
 * of LINE's API. Each FakeLineServer serves them all.
 */
export const allFakeLineRoutes: FakeLineRoute[] = [...channelRoutes, ...chatRoutes, ...validateRoutes, ...richMenuRoutes];
