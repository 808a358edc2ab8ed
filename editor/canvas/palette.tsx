import { stepDefinitions, type StepCategory } from '../../shared/steps';
import { useEditor } from '../state/editor-store';
import { viewFor } from '../steps';
import { stepDragType } from './flow-canvas';

const categories: { id: StepCategory; label: string }[] = [
  { id: 'triggers', label: 'Triggers' },
  { id: 'messages', label: 'Messages' },
  { id: 'questions', label: 'Questions' },
  { id: 'logic', label: 'Logic' },
  { id: 'team', label: 'Team' },
  { id: 'contact', label: 'Contact' },
  { id: 'integrations', label: 'Integrations' },
];

/** Every step type: drag one onto the canvas, or click to add it after the selected step. */
export function Palette() {
  const addStep = useEditor((s) => s.addStep);
  return (
    <aside className="palette" aria-label="Steps">
      {categories.map((category) => (
        <section key={category.id}>
          <h3>{category.label}</h3>
          {stepDefinitions
            .filter((d) => d.category === category.id)
            .map((d) => (
              <button
                key={d.type}
                className="palette-item"
                draggable
                title={d.description}
                data-testid={`palette-${d.type}`}
                onDragStart={(e) => {
                  e.dataTransfer.setData(stepDragType, d.type);
                  e.dataTransfer.effectAllowed = 'move';
                }}
                onClick={() => addStep(d.type)}
              >
                <span>{viewFor(d.type)?.icon}</span> {d.label}
              </button>
            ))}
        </section>
      ))}
    </aside>
  );
}
