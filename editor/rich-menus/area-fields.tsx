import { useTranslation } from 'react-i18next';
import type { RichMenuAction, RichMenuArea } from '../../shared/rich-menus/rich-menu-rules';
import { i18n } from '../i18n/i18n';
import type { FieldProblems } from './rich-menu-draft';
import { Field, NumberInput } from './rich-menu-field';

const actionTypes: RichMenuAction['type'][] = ['message', 'postback', 'uri', 'richmenuswitch'];

/** What tapping the area does, in a few words. */
export function actionSummary(action: RichMenuAction): string {
  switch (action.type) {
    case 'message':
      return i18n.t('richMenus:summary.message', { text: action.text ?? '' });
    case 'postback':
      return i18n.t('richMenus:summary.postback', { data: action.data ?? '' });
    case 'uri':
      return i18n.t('richMenus:summary.uri', { uri: action.uri ?? '' });
    case 'richmenuswitch':
      return i18n.t('richMenus:summary.richmenuswitch', { alias: action.richMenuAliasId ?? '' });
  }
}

/** A fresh action of a type; the label is kept across a change of type. */
function actionOf(type: RichMenuAction['type'], label: string | undefined): RichMenuAction {
  const kept = label ? { label } : {};
  if (type === 'message') return { type, ...kept, text: '' };
  if (type === 'postback') return { type, ...kept, data: '' };
  if (type === 'uri') return { type, ...kept, uri: 'https://' };
  return { type, ...kept, richMenuAliasId: '', data: '' };
}

/** The selected area: its action, and its place in the menu's pixels. */
export function AreaFields({
  area,
  index,
  problems,
  onChange,
  onRemove,
}: {
  area: RichMenuArea;
  index: number;
  problems: FieldProblems;
  onChange: (area: RichMenuArea) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('richMenus');
  const path = `areas.${index}`;
  const action = area.action;
  const setAction = (fields: Record<string, string>) => onChange({ ...area, action: { ...action, ...fields } });
  const text = (key: string, label: string) => {
    const value = (action as unknown as Record<string, string | undefined>)[key] ?? '';
    const messages = problems(`${path}.action.${key}`);
    return (
      <Field key={key} id={`rm-area-${key}`} label={label} messages={messages}>
        <input id={`rm-area-${key}`} value={value} aria-invalid={messages.length > 0} onChange={(e) => setAction({ [key]: e.target.value })} />
      </Field>
    );
  };
  const bound = (key: 'x' | 'y' | 'width' | 'height') => {
    const messages = problems(`${path}.bounds.${key}`);
    return (
      <Field key={key} id={`rm-area-${key}`} label={t(`area.${key}`)} messages={messages}>
        <NumberInput
          id={`rm-area-${key}`}
          value={area.bounds[key]}
          invalid={messages.length > 0}
          onChange={(v) => onChange({ ...area, bounds: { ...area.bounds, [key]: v } })}
        />
      </Field>
    );
  };
  const fields = {
    message: action.type === 'message' ? text('text', t('area.messageText')) : null,
    postback: action.type === 'postback' ? [text('data', t('area.postbackData')), text('displayText', t('area.displayText'))] : null,
    uri: action.type === 'uri' ? text('uri', t('area.uri')) : null,
    richmenuswitch: action.type === 'richmenuswitch' ? [text('richMenuAliasId', t('area.alias')), text('data', t('area.switchData'))] : null,
    label: text('label', t('area.a11yLabel')),
    bounds: (['x', 'y', 'width', 'height'] as const).map(bound),
  };
  return (
    <fieldset className="rm-area-fields" aria-label={t('area.label', { n: index + 1 })}>
      <legend>{t('area.label', { n: index + 1 })}</legend>
      <Field id="rm-area-type" label={t('area.whenTapped')} messages={problems(`${path}.action.type`)}>
        <select
          id="rm-area-type"
          value={action.type}
          onChange={(e) => onChange({ ...area, action: actionOf(e.target.value as RichMenuAction['type'], action.label) })}
        >
          {actionTypes.map((type) => (
            <option key={type} value={type}>
              {t(`action.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      {fields.message}
      {fields.postback}
      {fields.uri}
      {fields.richmenuswitch}
      {fields.label}
      <div className="rm-bounds">{fields.bounds}</div>
      <button type="button" className="danger" onClick={onRemove}>
        {t('area.remove', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
