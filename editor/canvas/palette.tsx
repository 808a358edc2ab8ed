import { StickyNote } from 'lucide-react';
import { useRef, useState } from 'react';
import { stepDefinitions, type StepCategory, type StepDefinition } from '../../shared/steps';
import { useEditor } from '../state/editor-store';
import { StepIcon } from '../steps/step-icon';
import { moveAmongOptions } from './arrow-keys';
import { stepDragType } from './flow-canvas';
import { searchSteps } from './step-search';
import { useViewCentre } from './use-view-centre';

const categories: { id: StepCategory; label: string }[] = [
  { id: 'triggers', label: 'Triggers' },
  { id: 'messages', label: 'Messages' },
  { id: 'questions', label: 'Questions' },
  { id: 'logic', label: 'Logic' },
  { id: 'team', label: 'Team' },
  { id: 'contact', label: 'Contact' },
  { id: 'integrations', label: 'Integrations' },
];

/**
 * Every step type: type to search (Enter adds the first match, arrows move among them), drag one
 * onto the canvas, or click to add it after the selected step, else at the centre of the view.
 */
export function Palette() {
  const addStep = useEditor((s) => s.addStep);
  const addNote = useEditor((s) => s.addNote);
  const viewCentre = useViewCentre();
  const [query, setQuery] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const found = query.trim() ? searchSteps(query) : null;
  const add = (type: string) => addStep(type, viewCentre());

  const item = (d: StepDefinition, first = false) => (
    <button
      key={d.type}
      type="button"
      className={first ? 'palette-item first' : 'palette-item'}
      draggable
      data-option
      title={d.description}
      data-testid={`palette-${d.type}`}
      onDragStart={(e) => {
        e.dataTransfer.setData(stepDragType, d.type);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => add(d.type)}
    >
      <StepIcon type={d.type} /> <span>{d.label}</span>
    </button>
  );

  return (
    <aside className="palette" aria-label="Steps" data-search-scope onKeyDown={(e) => moveAmongOptions(e, list.current)}>
      <input
        type="search"
        className="palette-search"
        aria-label="Search steps"
        placeholder="Search steps…"
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
          <section aria-label="Search results">
            {found.length ? (
              <p className="palette-hint" aria-live="polite">
                Enter adds “{found[0].label}”
              </p>
            ) : (
              <p className="palette-hint" aria-live="polite">
                No step matches “{query.trim()}”.
              </p>
            )}
            {found.map((d, i) => item(d, i === 0))}
          </section>
        ) : (
          <>
            {categories.map((category) => (
              <section key={category.id} aria-labelledby={`palette-${category.id}`}>
                <h3 id={`palette-${category.id}`}>{category.label}</h3>
                {stepDefinitions.filter((d) => d.category === category.id).map((d) => item(d))}
              </section>
            ))}
            <section aria-labelledby="palette-canvas">
              <h3 id="palette-canvas">Canvas</h3>
              <button type="button" className="palette-item" data-option data-testid="palette-note" onClick={() => addNote(viewCentre())}>
                <StickyNote className="icon" aria-hidden="true" /> <span>Sticky note</span>
              </button>
            </section>
          </>
        )}
      </div>
    </aside>
  );
}
