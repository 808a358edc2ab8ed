import { lineLimits } from '../line-limits';
import type { JsonSchema } from './openapi-to-json-schema';

/** A named string format of LINE's values, with the words said when a value does not fit ("… must be …"). */
export interface LineFormat {
  test: (value: string) => boolean;
  message: string;
  /** `problems:line.format.<code>` in the editor: the message and " (it is {{value}})" (see validation/problem.ts). */
  code: string;
  params?: Record<string, string | number>;
}

const pixels = /^\d+(\.\d+)?px$/;
const percent = /^\d+(\.\d+)?%$/;

/**
 * The formats line-extra-rules.ts uses. Flex layouts take a keyword or a length; the keywords are
 * LINE's own lists from its OpenAPI file (FlexMargin, FlexTextFontSize…), which the file defines
 * but does not attach to the properties they belong to.
 */
export function lineFormats(schemas: Record<string, JsonSchema>): Record<string, LineFormat> {
  const keywords = (name: string) => (schemas[name]?.enum as string[] | undefined) ?? [];
  const layout = (list: string, units: { percent?: boolean } = {}): LineFormat => {
    const allowed = keywords(list);
    return {
      test: (v) => allowed.includes(v) || pixels.test(v) || (units.percent === true && percent.test(v)),
      message: `must be one of ${allowed.join(', ')}, or pixels like 12px${units.percent ? ' or a percentage like 50%' : ''}`,
      code: units.percent ? 'layoutOrPercent' : 'layout',
      params: { allowed: allowed.join(', ') },
    };
  };
  return {
    'not-blank': { test: (v) => v.trim() !== '', message: 'must not be blank', code: 'notBlank' },
    'https-url': {
      test: (v) => v.length <= lineLimits.imageUrlLength && isUrl(v, ['https:']),
      message: `must be an https:// URL of at most ${lineLimits.imageUrlLength} characters, with spaces and non-ASCII characters percent-encoded`,
      code: 'httpsUrl',
      params: { max: lineLimits.imageUrlLength },
    },
    'action-uri': {
      test: (v) => v.length <= lineLimits.actionUriLength && isUrl(v, ['https:', 'http:', 'line:', 'tel:']),
      message: `must be an http, https, line or tel URI of at most ${lineLimits.actionUriLength} characters, with spaces and non-ASCII characters percent-encoded`,
      code: 'actionUri',
      params: { max: lineLimits.actionUriLength },
    },
    'flex-color': { test: (v) => /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(v), message: 'must be a color like #1DB446 or #1DB44680', code: 'color' },
    'flex-pixels': { test: (v) => pixels.test(v), message: 'must be pixels like 12px', code: 'pixels' },
    'flex-length': { test: (v) => pixels.test(v) || percent.test(v), message: 'must be pixels like 120px or a percentage like 50%', code: 'length' },
    'flex-aspect-ratio': {
      test: (v) => /^[1-9]\d*(\.\d+)?:[1-9]\d*(\.\d+)?$/.test(v),
      message: 'must be a width:height ratio like 20:13',
      code: 'aspectRatio',
    },
    'flex-margin': layout('FlexMargin'),
    'flex-spacing': layout('FlexBoxSpacing'),
    'flex-padding': layout('FlexBoxPadding', { percent: true }),
    'flex-offset': layout('FlexOffset', { percent: true }),
    'flex-corner-radius': layout('FlexBoxCornerRadius'),
    'flex-border-width': layout('FlexBoxBorderWidth'),
    'flex-text-size': layout('FlexTextFontSize'),
    'flex-span-size': layout('FlexSpanSize'),
    'flex-image-size': layout('FlexImageSize', { percent: true }),
    'flex-icon-size': layout('FlexIconSize'),
  };
}

/**
 * An absolute URL of one of `schemes`, already as it goes on the wire: only ASCII characters that
 * may stand in a URL, and every `%` starting an escape (encode-line-url.ts makes rendered ones so).
 */
function isUrl(value: string, schemes: string[]): boolean {
  if (!/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(value) || /%(?![0-9A-Fa-f]{2})/.test(value)) return false;
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && (url.protocol === 'tel:' || url.protocol === 'line:' || url.hostname !== '');
  } catch {
    return false;
  }
}
