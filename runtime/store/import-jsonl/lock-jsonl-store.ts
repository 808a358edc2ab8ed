import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { JsonlImportError } from './jsonl-import-error';

/**
 * Takes the v0.1 store's own lock (`store.lock`, the owner's pid) for the import, so that a v0.1
 * process still writing to these logs stops the import instead of losing its later writes when
 * the folder is moved aside. A lock left by a process that no longer runs is taken over, as v0.1
 * did. Resolves to the release; a lock this process already holds is left to its holder.
 */
export async function lockJsonlStore(dir: string): Promise<() => Promise<void>> {
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
      if (owner === process.pid) return async () => {};
      if (owner && isRunning(owner)) {
        throw new JsonlImportError(
          `The old store in ${dir} is in use by process ${owner}. Stop every LineFlow 0.1 process using this data folder, then start again to import it.`,
        );
      }
      await unlink(path).catch(() => {});
    }
  }
  throw new JsonlImportError(`Could not lock the old store in ${dir} to import it`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
