import { richMenuLimits, richMenuTemplates } from '../../shared/rich-menus/rich-menu-limits';
import type { FieldProblems, RichMenuDraft } from './rich-menu-draft';
import { Field, NumberInput } from './rich-menu-field';

/** The menu's own fields: name, chat bar text, shown open, alias, and its size (one of LINE's templates, or custom). */
export function MenuFields({ draft, problems, onChange }: { draft: RichMenuDraft; problems: FieldProblems; onChange: (next: RichMenuDraft) => void }) {
  const set = (fields: Partial<RichMenuDraft>) => onChange({ ...draft, ...fields });
  const template = richMenuTemplates.find((t) => t.width === draft.size.width && t.height === draft.size.height);
  const sizeMessages = [...problems('size.width'), ...problems('size.height'), ...problems('size')];
  return (
    <div className="fields">
      <Field id="rm-name" label="Name (only admins see it)" messages={problems('name')}>
        <input id="rm-name" value={draft.name} aria-invalid={problems('name').length > 0} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field
        id="rm-chat-bar"
        label="Chat bar text"
        messages={problems('chatBarText')}
        hint={`${draft.chatBarText.length} / ${richMenuLimits.chatBarText}: the tab that opens the menu`}
      >
        <input
          id="rm-chat-bar"
          value={draft.chatBarText}
          aria-invalid={problems('chatBarText').length > 0}
          onChange={(e) => set({ chatBarText: e.target.value })}
        />
      </Field>
      <div className="field field-checkbox">
        <label htmlFor="rm-selected">
          <input id="rm-selected" type="checkbox" checked={draft.selected} onChange={(e) => set({ selected: e.target.checked })} /> Shown open when the chat
          opens
        </label>
      </div>
      <Field id="rm-alias" label="Alias (optional)" messages={problems('aliasId')} hint="What switch areas and the “Switch rich menu” step name, e.g. main">
        <input id="rm-alias" value={draft.aliasId} aria-invalid={problems('aliasId').length > 0} onChange={(e) => set({ aliasId: e.target.value })} />
      </Field>
      <Field id="rm-size" label="Size" messages={sizeMessages}>
        <select
          id="rm-size"
          value={template ? `${template.width}x${template.height}` : 'custom'}
          onChange={(e) => {
            const picked = richMenuTemplates.find((t) => `${t.width}x${t.height}` === e.target.value);
            if (picked) set({ size: { width: picked.width, height: picked.height } });
          }}
        >
          {richMenuTemplates.map((t) => (
            <option key={t.label} value={`${t.width}x${t.height}`}>
              {t.label}
            </option>
          ))}
          <option value="custom">Custom</option>
        </select>
        <div className="rm-size-custom">
          <label htmlFor="rm-width">Width</label>
          <NumberInput
            id="rm-width"
            value={draft.size.width}
            invalid={problems('size.width').length > 0}
            onChange={(width) => set({ size: { ...draft.size, width } })}
          />
          <label htmlFor="rm-height">Height</label>
          <NumberInput
            id="rm-height"
            value={draft.size.height}
            invalid={problems('size.height').length > 0}
            onChange={(height) => set({ size: { ...draft.size, height } })}
          />
        </div>
      </Field>
    </div>
  );
}
