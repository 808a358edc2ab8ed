import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/api-client';

/** Conversation categories: what closing a conversation offers, and whether it must pick one (reports group by them). */
export function CategoriesPanel() {
  const { t } = useTranslation('admin');
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
    if (categories.includes(name)) return setMessage({ kind: 'error', text: t('categories.already', { name }) });
    setCategories([...categories, name]);
    setAdding('');
  };
  const save = () => {
    if (!categories) return;
    setMessage(null);
    api('saveCategories', { body: { categories: categories.map((c) => c.trim()), required } }).then((saved) => {
      setCategories(saved.categories);
      setRequired(saved.required);
      setMessage({ kind: 'ok', text: t('categories.saved') });
    }, showError);
  };

  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t('categories.title')}</h2>
      <p className="muted">{t('categories.intro')}</p>
      {categories === null ? (
        message ? null : (
          <p className="muted">{t('loading')}</p>
        )
      ) : (
        <form
          className="categories-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {categories.length === 0 ? <p className="muted">{t('categories.none')}</p> : null}
          <ul className="category-list">
            {categories.map((category, i) => (
              <li key={i}>
                <input
                  aria-label={t('categories.itemLabel', { n: i + 1 })}
                  value={category}
                  maxLength={60}
                  onChange={(e) => setCategories(categories.map((c, j) => (j === i ? e.target.value : c)))}
                />
                <button
                  type="button"
                  className="link"
                  aria-label={t('categories.removeLabel', { name: category })}
                  onClick={() => setCategories(categories.filter((_, j) => j !== i))}
                >
                  {t('categories.remove')}
                </button>
              </li>
            ))}
          </ul>
          <div className="category-add">
            <input
              aria-label={t('categories.newLabel')}
              placeholder={t('categories.newPlaceholder')}
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
              {t('categories.add')}
            </button>
          </div>
          <label className="field-checkbox">
            <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} /> {t('categories.required')}
          </label>
          <div>
            <button type="submit" className="primary">
              {t('categories.save')}
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
