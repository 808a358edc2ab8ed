import { open, rename, type FileHandle } from 'node:fs/promises';

/**
 * An append-only file of JSON lines with group commit: writes that arrive while one is in
 * flight go out together in the next single `write`. A write resolves once the operating system
 * has the bytes, so it survives the process being killed (-9); not a power cut (use MongoDB).
 */
export class AppendLog {
  private queue: { line: string; done: () => void; failed: (error: unknown) => void }[] = [];
  private flushing: Promise<void> | null = null;
  private paused: Promise<void> | null = null;

  private constructor(
    private readonly path: string,
    private handle: FileHandle,
  ) {}

  static async open(path: string): Promise<AppendLog> {
    return new AppendLog(path, await open(path, 'a'));
  }

  append(entry: unknown): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    return new Promise((resolve, reject) => {
      this.queue.push({ line, done: resolve, failed: reject });
      this.flushing ??= this.flush();
    });
  }

  /** Replaces the file with `lines` (a compacted snapshot) without losing appends made meanwhile. */
  async rewrite(snapshot: () => string[]): Promise<void> {
    let resume!: () => void;
    this.paused = new Promise((resolve) => (resume = resolve));
    try {
      await this.flushing;
      const temporary = `${this.path}.compacting`;
      const out = await open(temporary, 'w');
      const lines = snapshot();
      await out.writeFile(lines.length ? `${lines.join('\n')}\n` : '');
      await out.sync();
      await out.close();
      await this.handle.close();
      await rename(temporary, this.path);
      this.handle = await open(this.path, 'a');
    } finally {
      this.paused = null;
      resume();
      if (this.queue.length) this.flushing ??= this.flush();
    }
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle.close();
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length) {
        if (this.paused) await this.paused;
        const batch = this.queue;
        this.queue = [];
        try {
          await this.handle.write(batch.map((b) => b.line).join(''));
          for (const b of batch) b.done();
        } catch (error) {
          for (const b of batch) b.failed(error);
        }
      }
    } finally {
      this.flushing = null;
    }
  }
}
