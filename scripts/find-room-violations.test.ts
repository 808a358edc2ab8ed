import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findRoomViolations, importedSpecifiers } from './find-room-violations';

let root: string | undefined;
function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'rooms-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('importedSpecifiers', () => {
  it('finds static, multi-line, re-export, side-effect and dynamic imports, not comments', () => {
    const source = `import a from 'a';\nimport {\n  b,\n} from "b";\nexport { c } from './c';\nimport 'd';\nconst e = await import('e');\n// import x from 'commented';\n/* import y from 'y' */`;
    expect(importedSpecifiers(source)).toEqual(['a', 'b', './c', 'd', 'e']);
  });
});

describe('findRoomViolations', () => {
  it('accepts a clean tree', () => {
    const dir = tree({
      'shared/a.ts': "import { b } from './b';\nimport Ajv from 'ajv';",
      'shared/b.ts': 'export const b = 1;',
      'shared/b.test.ts': "import { it } from 'vitest';\nimport { readFileSync } from 'node:fs';",
      'editor/app.tsx': "import { b } from '../shared/b';\nimport React from 'react';",
      'runtime/server.ts': "import express from 'express';\nimport { b } from '../shared/b';",
      'editor/app.test.tsx': "import { readFileSync } from 'node:fs';",
    });
    expect(findRoomViolations(dir)).toEqual([]);
  });

  it('catches each kind of crossing', () => {
    const dir = tree({
      'shared/bad.ts':
        "import express from 'express';\nimport { Queue } from 'bullmq';\nimport { x } from '../runtime/x';\nimport { readFileSync } from 'node:fs';",
      'editor/bad.tsx': "import { engine } from '../runtime/engine';\nimport IORedis from 'ioredis';",
      'runtime/bad.ts': "import { Canvas } from '../editor/canvas';",
    });
    expect(findRoomViolations(dir).map((v) => `${v.file} ${v.specifier}`)).toEqual([
      'shared/bad.ts express',
      'shared/bad.ts bullmq',
      'shared/bad.ts ../runtime/x',
      'shared/bad.ts node:fs',
      'editor/bad.tsx ../runtime/engine',
      'editor/bad.tsx ioredis',
      'runtime/bad.ts ../editor/canvas',
    ]);
  });
});
