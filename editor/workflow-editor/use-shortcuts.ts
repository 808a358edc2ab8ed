import { useEffect, useEffectEvent } from 'react';
import { useEditor } from '../state/editor-store';

/** Keys of `editor:shortcuts.*`: the help dialog's rows (the keys themselves as `<id>Keys`, the action as `<id>`). */
export const shortcutList = ['undo', 'redo', 'clipboard', 'delete', 'save', 'publish', 'layout', 'select', 'move', 'help'] as const;

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
