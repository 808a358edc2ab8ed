/** The foot of a dialog's form: its submit button (the primary action) and Cancel. */
export function FormActions({ submit, disabled = false, onCancel }: { submit: string; disabled?: boolean; onCancel: () => void }) {
  return (
    <div className="dialog-actions">
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
