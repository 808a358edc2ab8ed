import type { RichMenuAction, RichMenuArea } from '../../shared/rich-menus/rich-menu-rules';
import type { FieldProblems } from './rich-menu-draft';
import { Field, NumberInput } from './rich-menu-field';

const actionLabels: Record<RichMenuAction['type'], string> = {
  message: 'Send a message (the customer says it)',
  postback: 'Send postback data',
  uri: 'Open a URL',
  richmenuswitch: 'Switch to another menu (by alias)',
};

/** What tapping the area does, in a few words. */
export function actionSummary(action: RichMenuAction): string {
  switch (action.type) {
    case 'message':
      return `says “${action.text ?? ''}”`;
    case 'postback':
      return `postback ${action.data ?? ''}`;
    case 'uri':
      return `opens ${action.uri ?? ''}`;
    case 'richmenuswitch':
      return `switches to ${action.richMenuAliasId ?? ''}`;
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
  const path = `areas.${index}`;
  const action = area.action;
  const setAction = (fields: Record<string, string>) => onChange({ ...area, action: { ...action, ...fields } });
  const text = (key: string, label: string) => {
    const value = (action as unknown as Record<string, string | undefined>)[key] ?? '';
    const messages = problems(`${path}.action.${key}`);
    return (
      <Field id={`rm-area-${key}`} label={label} messages={messages}>
        <input id={`rm-area-${key}`} value={value} aria-invalid={messages.length > 0} onChange={(e) => setAction({ [key]: e.target.value })} />
      </Field>
    );
  };
  const bound = (key: 'x' | 'y' | 'width' | 'height') => {
    const messages = problems(`${path}.bounds.${key}`);
    return (
      <Field id={`rm-area-${key}`} label={key} messages={messages}>
        <NumberInput
          id={`rm-area-${key}`}
          value={area.bounds[key]}
          invalid={messages.length > 0}
          onChange={(v) => onChange({ ...area, bounds: { ...area.bounds, [key]: v } })}
        />
      </Field>
    );
  };
  return (
    <fieldset className="rm-area-fields" aria-label={`Area ${index + 1}`}>
      <legend>Area {index + 1}</legend>
      <Field id="rm-area-type" label="When tapped" messages={problems(`${path}.action.type`)}>
        <select
          id="rm-area-type"
          value={action.type}
          onChange={(e) => onChange({ ...area, action: actionOf(e.target.value as RichMenuAction['type'], action.label) })}
        >
          {Object.entries(actionLabels).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      {action.type === 'message' ? text('text', 'Message text') : null}
      {action.type === 'postback' ? text('data', 'Postback data') : null}
      {action.type === 'postback' ? text('displayText', 'Shown in the chat as (optional)') : null}
      {action.type === 'uri' ? text('uri', 'URL') : null}
      {action.type === 'richmenuswitch' ? text('richMenuAliasId', 'Alias of the menu to switch to') : null}
      {action.type === 'richmenuswitch' ? text('data', 'Postback data sent with the switch') : null}
      {text('label', 'Label for screen readers (optional)')}
      <div className="rm-bounds">
        {bound('x')}
        {bound('y')}
        {bound('width')}
        {bound('height')}
      </div>
      <button type="button" className="danger" onClick={onRemove}>
        Remove area {index + 1}
      </button>
    </fieldset>
  );
}
