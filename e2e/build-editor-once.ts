// Vitest global setup: builds the editor once, so browser tests and the runtime serve the real bundle.
import { build } from 'vite';

export default async function buildEditorOnce(): Promise<void> {
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'error' });
}
