import { defineConfig } from 'vitest/config';

// One config for the editor build (later) and for vitest. Tests live next to the code.
export default defineConfig({
  test: {
    include: ['{shared,runtime,editor,scripts,examples}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
