import { fileURLToPath } from 'node:url';
import { findRoomViolations } from './find-room-violations';

const root = fileURLToPath(new URL('..', import.meta.url));
const violations = findRoomViolations(root);
for (const v of violations) process.stderr.write(`${v.file}: imports "${v.specifier}": ${v.rule}\n`);
if (violations.length > 0) {
  process.stderr.write(`check-rooms: ${violations.length} import(s) cross a room boundary (see ../shared/STYLE.md)\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('check-rooms: shared/ is pure; editor/ and runtime/ keep to their rooms\n');
}
