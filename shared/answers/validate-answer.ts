export type AnswerKind = 'text' | 'number' | 'email' | 'phone' | 'date';

export type AnswerCheck = { ok: true; value: string | number } | { ok: false; reason: string };

export interface AnswerLimits {
  min?: number;
  max?: number;
}

/**
 * Checks a customer's typed answer for a question kind and returns it normalized: numbers as
 * numbers (full-width digits and thousands separators allowed), phones as `+` and digits,
 * dates as `YYYY-MM-DD` (also from `2026/11/24` and `2026年11月24日`).
 */
export function validateAnswer(kind: AnswerKind, raw: string, limits: AnswerLimits = {}): AnswerCheck {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'The answer is empty.' };
  switch (kind) {
    case 'text':
      return { ok: true, value: raw.trim() };
    case 'number':
      return checkNumber(text, limits);
    case 'email':
      return checkEmail(text);
    case 'phone':
      return checkPhone(text);
    case 'date':
      return checkDate(text);
  }
}

function checkNumber(text: string, limits: AnswerLimits): AnswerCheck {
  const cleaned = text.replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
  if (!/^[-+]?(\d+(\.\d+)?|\.\d+)$/.test(cleaned)) return { ok: false, reason: `"${text}" is not a number.` };
  const value = Number(cleaned);
  if (limits.min !== undefined && value < limits.min) return { ok: false, reason: `The number must be at least ${limits.min}.` };
  if (limits.max !== undefined && value > limits.max) return { ok: false, reason: `The number must be at most ${limits.max}.` };
  return { ok: true, value };
}

// Practical rather than RFC 5322: one @, a dotted domain, no spaces.
const emailShape = /^[^\s@"(),:;<>[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

function checkEmail(text: string): AnswerCheck {
  if (text.length > 254 || !emailShape.test(text)) return { ok: false, reason: `"${text}" is not an email address.` };
  const [local = '', domain = ''] = text.split('@');
  return { ok: true, value: `${local}@${domain.toLowerCase()}` };
}

function checkPhone(text: string): AnswerCheck {
  if (!/^\+?[\d\s().-]+$/.test(text)) return { ok: false, reason: `"${text}" is not a phone number.` };
  const digits = text.replace(/\D/g, '');
  // E.164 allows at most 15 digits; 7 is the shortest subscriber number in the markets we serve.
  if (digits.length < 7 || digits.length > 15) return { ok: false, reason: 'A phone number has 7 to 15 digits.' };
  return { ok: true, value: text.startsWith('+') ? `+${digits}` : digits };
}

function checkDate(text: string): AnswerCheck {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return { ok: false, reason: `"${text}" is not a date; write it like 2026-12-31.` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, reason: `${text} is not a day of the calendar.` };
  }
  return { ok: true, value: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
