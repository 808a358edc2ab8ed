/** A stop that could not finish its work within SHUTDOWN_TIMEOUT_MS: what was still active was cut off. */
export class ShutdownTimeoutError extends Error {
  override name = 'ShutdownTimeoutError';

  constructor(readonly timeoutMs: number) {
    super(
      `shutdown cut off work still active after its time was up (SHUTDOWN_TIMEOUT_MS=${timeoutMs}); ` +
        'an event left unfinished is taken over by another worker once its lock lapses',
    );
  }
}
