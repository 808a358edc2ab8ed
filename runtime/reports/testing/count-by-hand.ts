/**
 * The test's own arithmetic, written apart from the reports' code so that a mistake there cannot
 * hide here: nearest-rank p90, the median as the middle (mean of the two middles).
 */
export function handMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function handP90(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.ceil(s.length * 0.9) - 1];
}

export const secondsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;

/** Rounded as the API rounds (two decimals), so equal values compare equal. */
export const twoDecimals = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

interface Message {
  direction: 'in' | 'out';
  author: string;
  at: string;
  content: { type?: string; text?: string };
  delivery?: { method: string; status: string };
}

/** First customer message → first message an agent sent (notes and bots do not count), from the conversation's timeline. */
export function firstResponseOf(messages: Message[]): number | null {
  const firstIn = messages.find((m) => m.direction === 'in' && m.author === 'customer');
  const firstAgent = messages.find((m) => m.author === 'agent' && m.content.type !== 'note' && m.delivery?.status === 'sent');
  return firstIn && firstAgent ? secondsBetween(firstIn.at, firstAgent.at) : null;
}

/** Today and yesterday on Tokyo's clock (the company's zone in the test). */
export function tokyoDays(): { today: string; yesterday: string } {
  const day = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  return { today: day(Date.now()), yesterday: day(Date.now() - 86_400_000) };
}
