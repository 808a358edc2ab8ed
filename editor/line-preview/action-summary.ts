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

/** What tapping does, for a tooltip: the customer cannot see it, the admin wants to. */
export function actionSummary(value: unknown): string {
  const action = actionOf(value);
  switch (action.type) {
    case 'message':
      return `Sends “${action.text ?? action.label ?? ''}”`;
    case 'postback':
      return `Postback ${action.data ?? ''}${action.displayText ? `, shows “${action.displayText}”` : ''}`;
    case 'uri':
      return `Opens ${action.uri ?? action.linkUri ?? ''}`;
    case 'datetimepicker':
      return `Picks a ${action.mode ?? 'date'}`;
    case 'camera':
      return 'Opens the camera';
    case 'cameraRoll':
      return 'Opens the camera roll';
    case 'location':
      return 'Sends a location';
    case 'clipboard':
      return `Copies “${action.clipboardText ?? ''}”`;
    case 'richmenuswitch':
      return 'Switches the rich menu';
    default:
      return action.type ? `Action ${action.type}` : 'No action';
  }
}

/** The words on a button: its label, or (an imagemap area has none) what it sends or opens. */
export function actionLabel(value: unknown): string {
  const action = actionOf(value);
  return action.label ?? action.text ?? action.linkUri ?? action.uri ?? action.data ?? '';
}
