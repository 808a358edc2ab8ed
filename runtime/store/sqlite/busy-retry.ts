const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs a write, trying again while another process holds the database's write lock. SQLite's own
 * busy handler sleeps 1, 2, 5, 10, 15… ms between tries; another LineFlow process holds the lock
 * for well under a millisecond, so those sleeps, not the work, made two processes slower than one.
 * Here the waits start at 50 µs (Atomics.wait: a real sleep, not a spin) and stay under 2 ms.
 */
export function withBusyRetry<T>(write: () => T, timeoutMs = 5000): T {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return write();
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      Atomics.wait(sleeper, 0, 0, Math.min(2, 0.05 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
    }
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
