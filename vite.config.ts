import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// The editor is built from editor/ into dist/editor (the runtime serves it at /); `npm run dev`
// serves it with hot reload against a runtime on :3000. Vitest runs every room's tests.
export default defineConfig({
  root: `${root}editor`,
  build: { outDir: `${root}dist/editor`, emptyOutDir: true, chunkSizeWarningLimit: 1500, minify: process.env.EDITOR_MINIFY !== 'false' },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
  test: {
    root,
    include: ['{shared,runtime,editor,scripts,examples,e2e}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: [`${root}e2e/build-editor-once.ts`],
  },
});
