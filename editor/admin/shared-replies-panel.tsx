import { useState } from 'react';
import { SavedRepliesPanel } from '../inbox/saved-replies-panel';

/** Admins keep the team's shared saved replies here; agents insert them with `/` in the inbox. */
export function SharedRepliesPanel() {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="shared-replies-title">
      <h2 id="shared-replies-title">Saved replies</h2>
      <p className="muted">Replies every agent can insert by typing “/” and a code. Each agent also keeps their own in the inbox.</p>
      <button type="button" onClick={() => setOpen(true)}>
        Manage shared saved replies
      </button>
      {open ? <SavedRepliesPanel scope="shared" onClose={() => setOpen(false)} /> : null}
    </section>
  );
}
