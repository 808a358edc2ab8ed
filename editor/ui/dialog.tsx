import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ui.css';

/**
 * The app's modal dialog, on the browser's own `<dialog>` shown with `showModal()`: the page
 * behind is inert (focus stays inside, screen readers read only the dialog), Escape cancels, and
 * focus goes back to where it was when the dialog closes. The title names the dialog.
 */
export function Dialog({
  title,
  onCancel,
  children,
  className,
}: {
  title: string;
  /** Escape, the close button or a click on the backdrop. */
  onCancel: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The first field, else the first button that is not "Close": what the person came to do.
    const first = dialog.querySelector<HTMLElement>('[data-autofocus], input, textarea, select, .dialog-actions button');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      before?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `app-dialog ${className}` : 'app-dialog'}
      aria-labelledby={titleId}
      // Escape: the browser would close the dialog behind React's back; the owner decides instead.
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself, outside its content box.
        if (event.target === ref.current) onCancel();
      }}
    >
      <div className="app-dialog-body">
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </dialog>
  );
}
