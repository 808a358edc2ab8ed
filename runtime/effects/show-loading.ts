import { lineLimits } from '../../shared/line-limits';
import type { EngineDeps } from '../engine/engine-deps';

/**
 * Shows LINE's loading animation in the customer's chat while they wait on something taking about
 * `forMs`. Best effort: the animation is a courtesy (and rate-limited by LINE to 100 requests a
 * second), so a refusal or a failure is logged and the run goes on as if it had been shown.
 * Simulated contacts get it too: the simulated channel emits it for the test chat.
 */
export async function showLoading(deps: EngineDeps, contactId: string, forMs: number): Promise<void> {
  const seconds = loadingSeconds(forMs);
  try {
    await deps.transport.showLoading(contactId, seconds);
  } catch (error) {
    deps.log.info({ contactId, seconds, err: error instanceof Error ? error.message : String(error) }, 'LINE loading animation not shown');
  }
}

/** The shortest length LINE accepts that covers `forMs`: a multiple of 5 seconds from 5 to 60. */
export function loadingSeconds(forMs: number): number {
  const { min, max, step } = lineLimits.loadingSeconds;
  const wanted = Math.ceil(Math.max(0, forMs) / 1000 / step) * step;
  return Math.min(max, Math.max(min, wanted));
}
