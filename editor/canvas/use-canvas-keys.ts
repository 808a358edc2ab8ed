import { useEffect } from 'react';
import { parsePayload } from '../state/clipboard';
import { useEditor } from '../state/editor-store';
import type { Point } from '../state/placement';

/** A field, or text the person selected: copy, paste and Delete belong to it, not to the canvas. */
function busyWithText(target: EventTarget | null): boolean {
  const element = target instanceof HTMLElement ? target : null;
  if (element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable)) return true;
  const selection = window.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

/**
 * The canvas's keys: Delete / Backspace remove the selection (steps with all their edges, as one
 * undo); Ctrl+C / Ctrl+X / Ctrl+V copy, cut and paste steps through the system clipboard as JSON,
 * so they paste into another workflow, tab or window; pasted steps land at the centre of the view.
 */
export function useCanvasKeys(enabled: boolean, viewCentre: () => Point): void {
  useEffect(() => {
    if (!enabled) return;
    const editor = useEditor.getState;
    const copy = (event: ClipboardEvent) => {
      if (busyWithText(event.target)) return;
      const payload = editor().copySelected();
      if (!payload) return;
      event.clipboardData?.setData('text/plain', JSON.stringify(payload));
      event.preventDefault();
      return payload;
    };
    const cut = (event: ClipboardEvent) => {
      if (copy(event)) editor().deleteSelected();
    };
    const paste = (event: ClipboardEvent) => {
      if (busyWithText(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      // Steps from the system clipboard; else what was copied in this tab (a browser may keep the clipboard to itself).
      const payload = parsePayload(text) ?? (text.trim() ? null : editor().clipboard);
      if (!payload) return;
      event.preventDefault();
      editor().paste(payload, viewCentre());
    };
    const keydown = (event: KeyboardEvent) => {
      if ((event.key !== 'Delete' && event.key !== 'Backspace') || event.ctrlKey || event.metaKey || busyWithText(event.target)) return;
      // Not while a dialog or the step picker is open: Backspace there is the person's, not the canvas's.
      if (event.target instanceof HTMLElement && event.target.closest('dialog, [role="dialog"]')) return;
      event.preventDefault();
      editor().deleteSelected();
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    document.addEventListener('keydown', keydown);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
      document.removeEventListener('keydown', keydown);
    };
  }, [enabled, viewCentre]);
}
