import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SavedRepliesPanel } from '../inbox/saved-replies-panel';

/** Admins keep the team's shared saved replies here; agents insert them with `/` in the inbox. */
export function SharedRepliesPanel() {
  const { t } = useTranslation('inbox');
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="shared-replies-title">
      <h2 id="shared-replies-title">{t('savedReplies.title')}</h2>
      <p className="muted">{t('savedReplies.adminIntro')}</p>
      <button type="button" onClick={() => setOpen(true)}>
        {t('savedReplies.manageShared')}
      </button>
      {open ? <SavedRepliesPanel scope="shared" onClose={() => setOpen(false)} /> : null}
    </section>
  );
}
