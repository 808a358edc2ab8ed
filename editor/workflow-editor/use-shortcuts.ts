import { useEffect, useEffectEvent } from 'react';
import { useEditor } from '../state/editor-store';

export const shortcutList: [string, string][] = [
  ['Ctrl+Z', 'Undo'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
  ['Ctrl+C / Ctrl+X / Ctrl+V', 'Copy / cut / paste the selected steps (also into another workflow)'],
  ['Delete or Backspace', 'Delete the selection (one undo brings it back with its connections)'],
  ['Ctrl+S', 'Save now'],
  ['Ctrl+Enter', 'Publish'],
  ['Shift+L', 'Auto-layout'],
  ['Shift+click, or drag on empty canvas', 'Select several steps'],
  ['Scroll, or Space+drag', 'Move around the canvas (Ctrl+scroll zooms)'],
  ['?', 'This help'],
];

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable);
}

/** The editor's keyboard shortcuts; none fire while a text field has the focus. */
export function useShortcuts(actions: { save: () => void; publish: () => void; layout: () => void; help: () => void }, readOnly = false): void {
  // Reads this render's actions when a key is pressed, so the listener is added once.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (typing(event.target) || readOnly) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    const editor = useEditor.getState();
    if (mod && key === 'z' && !event.shiftKey) editor.undo();
    else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) editor.redo();
    // Ctrl+C / Ctrl+V are the browser's copy and paste events (canvas/use-canvas-keys): they reach the system clipboard.
    else if (mod && key === 's') actions.save();
    else if (mod && key === 'enter') actions.publish();
    else if (!mod && event.shiftKey && key === 'l') actions.layout();
    else if (!mod && event.key === '?') actions.help();
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
