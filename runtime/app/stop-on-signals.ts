import type { Logger } from '../logging/create-logger';
import { ShutdownTimeoutError } from './shutdown-timeout-error';
import type { RunningRuntime } from './start-runtime';

/**
 * SIGTERM or SIGINT stops the runtime within its bound and exits: 0 once everything closed,
 * 1 when the bound cut active work off. A second signal exits at once (an impatient operator,
 * or an orchestrator's last word before SIGKILL).
 */
export function stopOnSignals(runtime: RunningRuntime, log: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now, without waiting for active work');
      exit(1);
      return;
    }
    stopping = true;
    log.info({ signal, timeoutMs: runtime.services.config.shutdownTimeoutMs }, 'shutting down: finishing active work');
    runtime.stop().then(
      () => {
        log.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        if (error instanceof ShutdownTimeoutError) log.error({ timeoutMs: error.timeoutMs }, error.message);
        else log.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
