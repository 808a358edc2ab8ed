import { NodeResizer, useStore, type NodeProps } from '@xyflow/react';
import { StickyNote } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { noteColors } from '../../shared/document/workflow-schema';
import type { WorkflowNote } from '../../shared/document/workflow-document';
import type { StepNode } from '../state/document-conversion';
import { useEditor } from '../state/editor-store';

/**
 * A sticky note: text for the people who read the workflow, never a step (it has no ports and
 * never runs). Dragged by its top bar, resized by its corners when selected, in a few colours.
 */
export const NoteNodeView = memo(function NoteNodeView({ id, data, selected }: NodeProps<StepNode>) {
  const { text, color } = data as Pick<WorkflowNote, 'text' | 'color'>;
  const updateNodeData = useEditor((s) => s.updateNodeData);
  const checkpoint = useEditor((s) => s.checkpoint);
  const editable = useStore((s) => s.nodesDraggable);
  const { t } = useTranslation('editor');
  const set = (next: Partial<Pick<WorkflowNote, 'text' | 'color'>>) => updateNodeData(id, { text, color, ...next });
  return (
    <div className={`note-node note-${color}${selected ? ' selected' : ''}`} data-testid={`note-${id}`}>
      <NodeResizer isVisible={selected && editable} minWidth={120} minHeight={80} onResizeStart={checkpoint} />
      <div className="note-bar">
        <StickyNote className="icon" aria-hidden="true" />
        <span className="note-title">{t('note.title')}</span>
        {selected && editable ? (
          <span className="note-colors" role="group" aria-label={t('note.colour')}>
            {noteColors.map((c) => (
              <button
                key={c}
                type="button"
                className={`note-swatch note-${c} nodrag`}
                aria-label={t(`note.${c}`)}
                aria-pressed={c === color}
                title={t(`note.${c}`)}
                onClick={() => set({ color: c })}
              />
            ))}
          </span>
        ) : null}
      </div>
      <textarea
        className="note-text nodrag nowheel"
        aria-label={t('note.text')}
        placeholder={t('note.placeholder')}
        maxLength={2000}
        value={text}
        readOnly={!editable}
        onChange={(e) => set({ text: e.target.value })}
      />
    </div>
  );
});
