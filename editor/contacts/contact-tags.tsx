import { useState } from 'react';
import { X } from 'lucide-react';
import { tagProblem } from '../../shared/contacts/contact-rules';

/** The contact's tags: remove one with its ×, add one by typing it. */
export function ContactTags({ tags, saving, onChange }: { tags: string[]; saving: boolean; onChange: (add: string[], remove: string[]) => Promise<boolean> }) {
  const [tag, setTag] = useState('');
  const problem = tag ? tagProblem(tag) : null;
  const add = () => void onChange([tag.trim()], []).then((ok) => ok && setTag(''));
  return (
    <section className="contact-section" aria-label="Tags">
      <h3>Tags</h3>
      <div className="contact-tags">
        {tags.length === 0 ? <span className="muted">No tags.</span> : null}
        {tags.map((t) => (
          <span key={t} className="chip contact-tag">
            {t}
            <button type="button" className="link" aria-label={`Remove tag ${t}`} disabled={saving} onClick={() => void onChange([], [t])}>
              <X size={12} aria-hidden />
            </button>
          </span>
        ))}
      </div>
      <div className="contact-tag-add">
        <input
          aria-label="New tag"
          placeholder="Add a tag"
          value={tag}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setTag(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && tag.trim() && !problem) add();
          }}
        />
        <button type="button" disabled={!tag.trim() || Boolean(problem) || saving} onClick={add}>
          Add tag
        </button>
      </div>
      {problem ? <p className="field-problems">{problem}</p> : null}
    </section>
  );
}
