import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The API token from the config, or the one generated into the data folder on first start. */
export async function loadOrCreateAdminToken(dataDir: string, configured?: string): Promise<{ token: string; created: boolean }> {
  if (configured) return { token: configured, created: false };
  const file = join(dataDir, 'admin-api-token');
  try {
    const token = (await readFile(file, 'utf8')).trim();
    if (token.length >= 16) return { token, created: false };
  } catch {
    // No token yet: make one.
  }
  await mkdir(dataDir, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  return { token, created: true };
}
