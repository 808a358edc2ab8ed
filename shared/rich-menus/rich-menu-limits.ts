/**
 * LINE's rules for rich menus, in one place (developers.line.biz Messaging API reference: "Rich
 * menu object", "Upload rich menu image", "Create rich menu alias"; line/line-openapi
 * messaging-api.yml: RichMenuRequest, RichMenuBounds, CreateRichMenuAliasRequest).
 */
export const richMenuLimits = {
  /** The image (and so the menu) is 800 to 2500 px wide. */
  width: { min: 800, max: 2500 },
  /** At least 250 px high. */
  minHeight: 250,
  /** width / height ≥ 1.45: a rich menu is never taller than about two thirds of its width. */
  minAspectRatio: 1.45,
  /** JPEG or PNG, at most 1 MB. */
  imageBytes: 1024 * 1024,
  imageTypes: ['image/png', 'image/jpeg'],
  /** Tap areas on one menu. */
  areas: 20,
  /** UTF-16 code units of the text on the chat bar (the menu's tab). */
  chatBarText: 14,
  /** Characters of the name (only admins see it). */
  name: 300,
  /** A rich menu alias id: lowercase letters, digits, `_` and `-`, 1 to 32, unique in the channel. */
  aliasPattern: /^[a-z0-9_-]{1,32}$/,
  /** UTF-16 code units of an action's label (optional on rich menus; screen readers read it). */
  actionLabel: 20,
  /** A message action's text and a postback's displayText. */
  actionText: 300,
  /** Postback data, and a rich menu switch's data. */
  postbackData: 300,
  /** A URI action's uri (http, https, line or tel). */
  uri: 1000,
} as const;

/** LINE's template sizes (the Official Account Manager's layouts), largest first. */
export const richMenuTemplates: readonly { width: number; height: number; label: string }[] = [
  { width: 2500, height: 1686, label: 'Large, 2500 × 1686' },
  { width: 2500, height: 843, label: 'Large half, 2500 × 843' },
  { width: 1200, height: 810, label: 'Medium, 1200 × 810' },
  { width: 1200, height: 405, label: 'Medium half, 1200 × 405' },
  { width: 800, height: 540, label: 'Small, 800 × 540' },
  { width: 800, height: 270, label: 'Small half, 800 × 270' },
];

/** The action types a LineFlow rich menu area can have. */
export const richMenuActionTypes = ['message', 'postback', 'uri', 'richmenuswitch'] as const;
export type RichMenuActionType = (typeof richMenuActionTypes)[number];
