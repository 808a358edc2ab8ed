import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LineContent } from './line-transport';

export interface ContentCacheLimits {
  /** Content larger than this is served but not kept (fetched from LINE again each time). Default 25 MiB. */
  maxItemBytes: number;
  /** Past this in all, the oldest kept content is dropped until 90 % is left. Default 2 GiB. */
  maxTotalBytes: number;
}

export const defaultContentCacheLimits: ContentCacheLimits = { maxItemBytes: 25 * 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 * 1024 };

/**
 * Customers' media (images, video, audio, files) kept on disk under DATA_DIR/content once fetched
 * from LINE, which deletes a user's content after a while: one file of bytes and one of its type
 * per message, named by a hash of the message's id (no name from outside reaches the file system).
 * Bounded per item and in total (the oldest go first). Files are written whole and renamed into
 * place, so a reader never sees half of one; several processes sharing DATA_DIR may share it.
 */
export class ContentCache {
  private total: number | undefined;

  constructor(
    private readonly dir: string,
    private readonly limits: ContentCacheLimits = defaultContentCacheLimits,
  ) {}

  async get(messageId: string): Promise<LineContent | null> {
    const base = this.path(messageId);
    try {
      const [body, meta] = await Promise.all([readFile(`${base}.bin`), readFile(`${base}.json`, 'utf8')]);
      return { body, contentType: (JSON.parse(meta) as { contentType: string }).contentType };
    } catch {
      return null;
    }
  }

  /** Keeps the content; false when it is too large to keep. */
  async put(messageId: string, content: LineContent): Promise<boolean> {
    if (content.body.length > this.limits.maxItemBytes) return false;
    await mkdir(this.dir, { recursive: true });
    const base = this.path(messageId);
    const temp = `${base}.${randomUUID()}.tmp`;
    await writeFile(`${temp}-json`, JSON.stringify({ contentType: content.contentType, size: content.body.length }));
    await writeFile(`${temp}-bin`, content.body);
    await rename(`${temp}-json`, `${base}.json`);
    await rename(`${temp}-bin`, `${base}.bin`);
    this.total = (this.total ?? (await this.measure())) + content.body.length;
    if (this.total > this.limits.maxTotalBytes) await this.evict();
    return true;
  }

  /** Drops what is kept of a message (the customer unsent it). */
  async forget(messageId: string): Promise<void> {
    const base = this.path(messageId);
    await Promise.all([rm(`${base}.bin`, { force: true }), rm(`${base}.json`, { force: true })]);
    this.total = undefined;
  }

  private path(messageId: string): string {
    return join(this.dir, createHash('sha256').update(messageId).digest('hex'));
  }

  private async files(): Promise<{ base: string; size: number; at: number }[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const found = await Promise.all(
      names
        .filter((name) => name.endsWith('.bin'))
        .map(async (name) => {
          const info = await stat(join(this.dir, name)).catch(() => null);
          return info ? { base: join(this.dir, name.slice(0, -4)), size: info.size, at: info.mtimeMs } : null;
        }),
    );
    return found.filter((file) => file !== null);
  }

  private async measure(): Promise<number> {
    return (await this.files()).reduce((sum, file) => sum + file.size, 0);
  }

  /** Oldest first, down to 90 % of the limit: a burst of new media does not evict on every write. */
  private async evict(): Promise<void> {
    const files = (await this.files()).sort((a, b) => a.at - b.at);
    let total = files.reduce((sum, file) => sum + file.size, 0);
    for (const file of files) {
      if (total <= this.limits.maxTotalBytes * 0.9) break;
      await Promise.all([rm(`${file.base}.bin`, { force: true }), rm(`${file.base}.json`, { force: true })]);
      total -= file.size;
    }
    this.total = total;
  }
}
