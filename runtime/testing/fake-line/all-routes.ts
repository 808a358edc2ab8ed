import type { FakeLineRoute } from '../fake-line-server';
import { channelRoutes } from './channel-routes';

/**
 * Every endpoint the fake LINE API has beyond reply, push, profile and quota, one file per area
 * of LINE's API. Each FakeLineServer serves them all.
 */
export const allFakeLineRoutes: FakeLineRoute[] = [...channelRoutes];
