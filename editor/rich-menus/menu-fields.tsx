import { richMenuLimits, richMenuTemplates } from '../../shared/rich-menus/rich-menu-limits';
import { useTranslation } from 'react-i18next';
import type { FieldProblems, RichMenuDraft } from './rich-menu-draft';
import { Field, NumberInput } from './rich-menu-field';

/** The menu's own fields: name, chat bar text, shown open, alias, and its size (one of LINE's templates, or custom). */
export function MenuFields({ draft, problems, onChange }: { draft: RichMenuDraft; problems: FieldProblems; onChange: (next: RichMenuDraft) => void }) {
  const { t } = useTranslation('richMenus');
  const set = (fields: Partial<RichMenuDraft>) => onChange({ ...draft, ...fields });
  const template = richMenuTemplates.find((tpl) => tpl.width === draft.size.width && tpl.height === draft.size.height);
  const sizeMessages = [...problems('size.width'), ...problems('size.height'), ...problems('size')];
  return (
    <div className="fields">
      <Field id="rm-name" label={t('name')} messages={problems('name')}>
        <input id="rm-name" value={draft.name} aria-invalid={problems('name').length > 0} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field
        id="rm-chat-bar"
        label={t('chatBar')}
        messages={problems('chatBarText')}
        hint={t('chatBarHint', { length: draft.chatBarText.length, max: richMenuLimits.chatBarText })}
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
          <input id="rm-selected" type="checkbox" checked={draft.selected} onChange={(e) => set({ selected: e.target.checked })} /> {t('shownOpen')}
        </label>
      </div>
      <Field id="rm-alias" label={t('alias')} messages={problems('aliasId')} hint={t('aliasHint')}>
        <input id="rm-alias" value={draft.aliasId} aria-invalid={problems('aliasId').length > 0} onChange={(e) => set({ aliasId: e.target.value })} />
      </Field>
      <Field id="rm-size" label={t('size')} messages={sizeMessages}>
        <select
          id="rm-size"
          value={template ? `${template.width}x${template.height}` : 'custom'}
          onChange={(e) => {
            const picked = richMenuTemplates.find((tpl) => `${tpl.width}x${tpl.height}` === e.target.value);
            if (picked) set({ size: { width: picked.width, height: picked.height } });
          }}
        >
          {richMenuTemplates.map((tpl) => (
            <option key={tpl.label} value={`${tpl.width}x${tpl.height}`}>
              {tpl.label}
            </option>
          ))}
          <option value="custom">{t('custom')}</option>
        </select>
        <div className="rm-size-custom">
          <label htmlFor="rm-width">{t('width')}</label>
          <NumberInput
            id="rm-width"
            value={draft.size.width}
            invalid={problems('size.width').length > 0}
            onChange={(width) => set({ size: { ...draft.size, width } })}
          />
          <label htmlFor="rm-height">{t('height')}</label>
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
