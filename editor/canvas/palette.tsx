import { StickyNote } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepDefinitions, type StepCategory, type StepDefinition } from '../../shared/steps';
import { useEditor } from '../state/editor-store';
import { StepIcon } from '../steps/step-icon';
import { useStepTexts } from '../steps/step-texts';
import { moveAmongOptions } from './arrow-keys';
import { stepDragType } from './flow-canvas';
import { searchSteps } from './step-search';
import { useStepLabel } from './use-step-label';
import { useViewCentre } from './use-view-centre';

const categories: StepCategory[] = ['triggers', 'messages', 'questions', 'logic', 'team', 'contact', 'integrations'];

/**
 * Every step type: type to search (Enter adds the first match, arrows move among them), drag one
 * onto the canvas, or click to add it after the selected step, else at the centre of the view.
 */
export function Palette() {
  const addStep = useEditor((s) => s.addStep);
  const addNote = useEditor((s) => s.addNote);
  const viewCentre = useViewCentre();
  const { t } = useTranslation('editor');
  const stepLabel = useStepLabel();
  const stepTexts = useStepTexts();
  const [query, setQuery] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const found = query.trim() ? searchSteps(query, { shown: (d) => ({ label: stepLabel(d), description: stepTexts.description(d) }) }) : null;
  const add = (type: string) => addStep(type, viewCentre());

  const item = (d: StepDefinition, first = false) => (
    <button
      key={d.type}
      type="button"
      className={first ? 'palette-item first' : 'palette-item'}
      draggable
      data-option
      title={stepTexts.description(d)}
      data-testid={`palette-${d.type}`}
      onDragStart={(e) => {
        e.dataTransfer.setData(stepDragType, d.type);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => add(d.type)}
    >
      <StepIcon type={d.type} /> <span>{stepLabel(d)}</span>
    </button>
  );

  return (
    <aside className="palette" aria-label={t('palette.steps')} data-search-scope onKeyDown={(e) => moveAmongOptions(e, list.current)}>
      <input
        type="search"
        className="palette-search"
        aria-label={t('palette.search')}
        placeholder={t('palette.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && found?.[0]) {
            e.preventDefault();
            add(found[0].type);
            setQuery('');
          } else if (e.key === 'Escape') setQuery('');
        }}
      />
      <div ref={list} className="palette-list">
        {found ? (
          <section aria-label={t('palette.results')}>
            {found.length ? (
              <p className="palette-hint" aria-live="polite">
                {t('palette.enterAdds', { name: stepLabel(found[0]) })}
              </p>
            ) : (
              <p className="palette-hint" aria-live="polite">
                {t('palette.noMatch', { query: query.trim() })}
              </p>
            )}
            {found.map((d, i) => item(d, i === 0))}
          </section>
        ) : (
          <>
            {categories.map((category) => (
              <section key={category} aria-labelledby={`palette-${category}`}>
                <h3 id={`palette-${category}`}>{t(`category.${category}`)}</h3>
                {stepDefinitions.filter((d) => d.category === category).map((d) => item(d))}
              </section>
            ))}
            <section aria-labelledby="palette-canvas">
              <h3 id="palette-canvas">{t('palette.canvas')}</h3>
              <button type="button" className="palette-item" data-option data-testid="palette-note" onClick={() => addNote(viewCentre())}>
                <StickyNote className="icon" aria-hidden="true" /> <span>{t('palette.stickyNote')}</span>
              </button>
            </section>
          </>
        )}
      </div>
    </aside>
  );
}
