import * as RadixDialog from '@radix-ui/react-dialog';
import { useState, type ReactNode } from 'react';
import './ui.css';

/** What gets the focus when a dialog opens: the first field, else the first action (what the person came to do). */
const firstFocus = '[data-autofocus], input:not([type="radio"]):not([disabled]), input:checked, textarea, select, .dialog-actions button:not(:disabled)';

/**
 * The app's modal dialog, on Radix's Dialog (the WAI-ARIA dialog pattern): the page behind is
 * hidden from screen readers and takes no pointer, Tab stays inside, Escape and a click outside
 * cancel, and focus goes back to where it was when the dialog closes. The page behind may still
 * scroll under the wheel (see the overlay below), as it did with the native <dialog>. The title names the dialog
 * unless `label` gives it another name. Mounted means open: the owner shows it by rendering it.
 */
export function Dialog({
  title,
  label,
  onCancel,
  children,
  className,
}: {
  title: ReactNode;
  /** The dialog's accessible name when it is not the title's text. */
  label?: string;
  /**
   * Escape, or a click outside. Leave it out for a choice the person must make (a save conflict):
   * then Escape and outside clicks do nothing.
   */
  onCancel?: () => void;
  children: ReactNode;
  className?: string;
}) {
  // Radix gives the focus back to a Dialog.Trigger; these dialogs are opened by code, so remember the opener.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const keep = (event: Event) => {
    if (!onCancel) event.preventDefault();
  };
  return (
    <RadixDialog.Root open onOpenChange={(open) => (open ? undefined : onCancel?.())}>
      <RadixDialog.Portal>
        {/* Not RadixDialog.Overlay: its scroll lock injects a <style> element, which the app's
            Content-Security-Policy (style-src 'self') refuses. Outside clicks and focus are still Radix's. */}
        <div className="app-dialog-overlay" />
        <RadixDialog.Content
          className={className ? `app-dialog ${className}` : 'app-dialog'}
          // A dialog's words are its body, read in order; no separate description to point at.
          aria-describedby={undefined}
          {...(label ? { 'aria-label': label, 'aria-labelledby': undefined } : {})}
          onOpenAutoFocus={(event) => {
            const first = (event.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>(firstFocus);
            if (!first) return;
            event.preventDefault();
            first.focus();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (opener?.isConnected) opener.focus();
          }}
          onEscapeKeyDown={keep}
          onInteractOutside={keep}
        >
          <RadixDialog.Title className="app-dialog-title">{title}</RadixDialog.Title>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
