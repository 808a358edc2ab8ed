import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';

export const editorDist = fileURLToPath(new URL('../../dist/editor/', import.meta.url));

/** Serves the built editor at `/` (the app routes by URL hash, so one page is enough). */
export function serveEditor(app: Express): void {
  app.use(
    express.static(editorDist, {
      index: 'index.html',
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (path.endsWith('index.html')) res.setHeader('cache-control', 'no-cache');
      },
    }),
  );
}

export function editorIsBuilt(): boolean {
  return existsSync(`${editorDist}index.html`);
}
