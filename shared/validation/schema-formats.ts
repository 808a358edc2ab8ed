/**
 * The named string formats the workflow schema uses, each with the sentence shown when a value
 * does not fit. Registered on the one ajv instance in compile-workflow-schema.ts.
 */
export interface SchemaFormat {
  test: (value: string) => boolean;
  /** Completes "<field> ..." */
  message: string;
  /** Literal `{{…}}` in `message`, as values: the editor's texts use `{{name}}` for values (see problem.ts). */
  params?: Record<string, string>;
}

const templateStart = /^\{\{/;

export const schemaFormats: Record<string, SchemaFormat> = {
  identifier: {
    test: (v) => /^[A-Za-z0-9_-]+$/.test(v),
    message: 'may only contain letters, digits, "-" and "_"',
  },
  'variable-name': {
    test: (v) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(v),
    message: 'must start with a letter or "_" and contain only letters, digits and "_"',
  },
  digits: { test: (v) => /^[0-9]+$/.test(v), message: 'must be digits only' },
  'clock-time': {
    test: (v) => /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/.test(v),
    message: 'must be a time of day like 09:00 or 18:30 (24-hour clock)',
  },
  date: {
    test: (v) => isCalendarDate(v),
    message: 'must be a date like 2026-12-31',
  },
  'time-zone': {
    test: (v) => isTimeZone(v),
    message: 'must be an IANA time zone like Asia/Tokyo, Asia/Bangkok or Asia/Jakarta',
  },
  'https-url-or-template': {
    test: (v) => templateStart.test(v) || isUrl(v, ['https:']),
    message: 'must be an https:// URL (LINE accepts only https for media) or a {{placeholder}}',
    params: { placeholder: '{{placeholder}}' },
  },
  'http-url-or-template': {
    test: (v) => templateStart.test(v) || isUrl(v, ['https:', 'http:']),
    message: 'must be an http:// or https:// URL, or start with a {{placeholder}}',
    params: { placeholder: '{{placeholder}}' },
  },
  'header-name': {
    test: (v) => /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(v),
    message: 'must be a valid HTTP header name (letters, digits and -, no spaces or colons)',
  },
  'dotted-path': {
    test: (v) => /^[^.\s]+(\.[^.\s]+)*$/.test(v),
    message: 'must be a dotted path into the response like data.ticket.id or items.0.name',
  },
};

function isUrl(value: string, protocols: string[]): boolean {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const knownZones = new Map<string, boolean>();
function isTimeZone(value: string): boolean {
  const known = knownZones.get(value);
  if (known !== undefined) return known;
  let ok = true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    ok = false;
  }
  knownZones.set(value, ok);
  return ok;
}
