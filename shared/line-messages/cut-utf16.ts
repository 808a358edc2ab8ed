/**
 * `text` shortened to at most `max` UTF-16 code units (LINE's measure), ending with "…" when cut.
 * It never cuts inside a character: not between the two halves of an emoji (a surrogate pair,
 * which LINE refuses), nor inside a cluster such as 👨‍👩‍👧 or a flag 🇯🇵, which would show as other
 * emoji.
 */
export function cutUtf16(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  let out = '';
  for (const cluster of clusters(text)) {
    if (out.length + cluster.length > room) break;
    out += cluster;
  }
  return `${out}…`;
}

function* clusters(text: string): Generator<string> {
  if (typeof Intl.Segmenter === 'function') {
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) yield segment;
    return;
  }
  // Without Intl.Segmenter: whole code points at least.
  yield* text;
}
