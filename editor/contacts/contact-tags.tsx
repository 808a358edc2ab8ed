import { useState } from 'react';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { tagProblem } from '../../shared/contacts/contact-rules';

/** The contact's tags: remove one with its ×, add one by typing it. */
export function ContactTags({ tags, saving, onChange }: { tags: string[]; saving: boolean; onChange: (add: string[], remove: string[]) => Promise<boolean> }) {
  const { t } = useTranslation('contacts');
  const [tag, setTag] = useState('');
  const problem = tag ? tagProblem(tag) : null;
  const add = () => void onChange([tag.trim()], []).then((ok) => ok && setTag(''));
  return (
    <section className="contact-section" aria-label={t('tags.title')}>
      <h3>{t('tags.title')}</h3>
      <div className="contact-tags">
        {tags.length === 0 ? <span className="muted">{t('tags.none')}</span> : null}
        {tags.map((tagName) => (
          <span key={tagName} className="chip contact-tag">
            {tagName}
            <button
              type="button"
              className="link"
              aria-label={t('tags.remove', { tag: tagName })}
              disabled={saving}
              onClick={() => void onChange([], [tagName])}
            >
              <X size={12} aria-hidden />
            </button>
          </span>
        ))}
      </div>
      <div className="contact-tag-add">
        <input
          aria-label={t('tags.new')}
          placeholder={t('tags.placeholder')}
          value={tag}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setTag(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && tag.trim() && !problem) add();
          }}
        />
        <button type="button" disabled={!tag.trim() || Boolean(problem) || saving} onClick={add}>
          {t('tags.add')}
        </button>
      </div>
      {problem ? <p className="field-problems">{problem}</p> : null}
    </section>
  );
}
