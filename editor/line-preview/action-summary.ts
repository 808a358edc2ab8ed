import { i18n } from '../i18n/i18n';

/** A LINE action (button, quick reply, template, imagemap area), as the preview names it. */
export interface LineAction {
  type?: string;
  label?: string;
  text?: string;
  data?: string;
  displayText?: string;
  uri?: string;
  linkUri?: string;
  clipboardText?: string;
  mode?: string;
}

export function actionOf(value: unknown): LineAction {
  return value && typeof value === 'object' ? value : {};
}

const pickModes: Record<string, string> = { date: 'action.pickDate', time: 'action.pickTime', datetime: 'action.pickDatetime' };

/**
 * What tapping does, for a tooltip: the customer cannot see it, the admin wants to. In the
 * person's language (the components that call it re-render when it changes).
 */
export function actionSummary(value: unknown): string {
  const action = actionOf(value);
  const t = i18n.getFixedT(null, 'testChat');
  switch (action.type) {
    case 'message':
      return t('action.sends', { text: action.text ?? action.label ?? '' });
    case 'postback':
      return action.displayText
        ? t('action.postbackShows', { data: action.data ?? '', displayText: action.displayText })
        : t('action.postback', { data: action.data ?? '' });
    case 'uri':
      return t('action.opens', { uri: action.uri ?? action.linkUri ?? '' });
    case 'datetimepicker': {
      const mode = action.mode ?? 'date';
      return pickModes[mode] ? t(pickModes[mode]) : t('action.pick', { mode });
    }
    case 'camera':
      return t('action.camera');
    case 'cameraRoll':
      return t('action.cameraRoll');
    case 'location':
      return t('action.location');
    case 'clipboard':
      return t('action.copies', { text: action.clipboardText ?? '' });
    case 'richmenuswitch':
      return t('action.richMenuSwitch');
    default:
      return action.type ? t('action.other', { type: action.type }) : t('action.none');
  }
}

/** The words on a button: its label, or (an imagemap area has none) what it sends or opens. */
export function actionLabel(value: unknown): string {
  const action = actionOf(value);
  return action.label ?? action.text ?? action.linkUri ?? action.uri ?? action.data ?? '';
}
