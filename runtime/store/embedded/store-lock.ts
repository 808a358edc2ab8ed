import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The embedded store belongs to one process. A lock file with the owner's pid says so; a lock
 * left by a process that no longer runs (killed) is taken over.
 */
export async function lockStore(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, 'store.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(path).catch(() => {});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `The embedded store in ${dir} is in use by process ${owner}. Run one LineFlow process per data folder, or set MONGODB_URI to share a MongoDB between processes.`,
        );
      }
      await unlink(path).catch(() => {});
    }
  }
  throw new Error(`Could not lock the embedded store in ${dir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
