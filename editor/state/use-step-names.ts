import { useMemo } from 'react';
import { isNote } from './document-conversion';
import { useEditor } from './editor-store';

/**
 * The names people gave the draft's steps, by step id (run records and reports use ids): what the
 * test chat's trace and the results show instead of an id. Re-renders only when a name changes.
 */
export function useStepNames(): Map<string, string> {
  const lines = useEditor((s) =>
    s.nodes
      .filter((n) => n.name && !isNote(n))
      .map((n) => `${n.id}\t${n.name}`)
      .join('\n'),
  );
  return useMemo(() => new Map(lines ? lines.split('\n').map((line) => line.split('\t') as [string, string]) : []), [lines]);
}
