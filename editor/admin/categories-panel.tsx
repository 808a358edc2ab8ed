import { useEffect, useState } from 'react';
import { api, ApiError } from '../api/api-client';

/** Conversation categories: what closing a conversation offers, and whether it must pick one (reports group by them). */
export function CategoriesPanel() {
  const [categories, setCategories] = useState<string[] | null>(null);
  const [required, setRequired] = useState(false);
  const [adding, setAdding] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; problems?: string[] } | null>(null);
  const showError = (e: unknown) =>
    setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e), problems: e instanceof ApiError ? e.problems.map((p) => p.message) : [] });

  useEffect(() => {
    api('getCategories').then((answer) => {
      setCategories(answer.categories);
      setRequired(answer.required);
    }, showError);
  }, []);

  const add = () => {
    const name = adding.trim();
    if (!name || !categories) return;
    if (categories.includes(name)) return setMessage({ kind: 'error', text: `“${name}” is already in the list` });
    setCategories([...categories, name]);
    setAdding('');
  };
  const save = () => {
    if (!categories) return;
    setMessage(null);
    api('saveCategories', { body: { categories: categories.map((c) => c.trim()), required } }).then((saved) => {
      setCategories(saved.categories);
      setRequired(saved.required);
      setMessage({ kind: 'ok', text: 'Categories saved' });
    }, showError);
  };

  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">Conversation categories</h2>
      <p className="muted">
        Agents pick one when they close a conversation; reports count conversations by category. Renaming one does not change closed conversations.
      </p>
      {categories === null ? (
        message ? null : (
          <p className="muted">Loading…</p>
        )
      ) : (
        <form
          className="categories-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {categories.length === 0 ? <p className="muted">No categories yet: closing asks for none.</p> : null}
          <ul className="category-list">
            {categories.map((category, i) => (
              <li key={i}>
                <input
                  aria-label={`Category ${i + 1}`}
                  value={category}
                  maxLength={60}
                  onChange={(e) => setCategories(categories.map((c, j) => (j === i ? e.target.value : c)))}
                />
                <button type="button" className="link" aria-label={`Remove ${category}`} onClick={() => setCategories(categories.filter((_, j) => j !== i))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <div className="category-add">
            <input
              aria-label="New category"
              placeholder="New category, e.g. Billing"
              value={adding}
              maxLength={60}
              onChange={(e) => setAdding(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <button type="button" onClick={add} disabled={!adding.trim()}>
              Add category
            </button>
          </div>
          <label className="field-checkbox">
            <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} /> Required when closing a conversation
          </label>
          <div>
            <button type="submit" className="primary">
              Save categories
            </button>
          </div>
        </form>
      )}
      {message ? (
        <div className={`notice categories-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
          {message.problems?.length ? (
            <ul>
              {message.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
