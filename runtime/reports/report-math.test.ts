import { describe, expect, it } from 'vitest';
import { isWithinBusinessHours } from '../../shared/conditions/is-within-business-hours';
import type { BusinessHours } from '../../shared/document/workflow-document';
import { businessClock } from './business-time';
import { conversationsCsv } from './conversation-log';
import { localMidnight, previousRange, reportRange } from './report-range';
import { summarize } from './summarize';

const tokyo: BusinessHours = {
  timezone: 'Asia/Tokyo',
  weekly: {
    mon: [{ from: '09:00', to: '18:00' }],
    tue: [{ from: '09:00', to: '18:00' }],
    wed: [{ from: '09:00', to: '18:00' }],
    thu: [{ from: '09:00', to: '18:00' }],
    fri: [{ from: '09:00', to: '18:00' }],
    sat: [{ from: '22:00', to: '02:00' }],
  },
  holidays: ['2026-11-23'],
};

describe('business time', () => {
  const seconds = businessClock(tokyo);

  it('counts only open hours: a weekday evening, an overnight Saturday, a holiday Monday', () => {
    // Fri 17:00 → Tue 10:00 in Tokyo: Fri 1 h + Sat 22–24 2 h + Sun 0–2 2 h + Mon (holiday) 0 + Tue 1 h.
    expect(seconds(Date.parse('2026-11-20T08:00:00Z'), Date.parse('2026-11-24T01:00:00Z'))).toBe(6 * 3600);
    expect(seconds(Date.parse('2026-11-24T01:00:00Z'), Date.parse('2026-11-24T01:00:30Z'))).toBe(30);
    expect(seconds(Date.parse('2026-11-24T10:00:00Z'), Date.parse('2026-11-24T11:00:00Z'))).toBe(0); // 19:00–20:00
    expect(seconds(Date.parse('2026-11-24T11:00:00Z'), Date.parse('2026-11-24T10:00:00Z'))).toBe(0);
  });

  it('agrees minute by minute with the schedule the workflows read', () => {
    const start = Date.parse('2026-11-19T20:17:00Z');
    const end = Date.parse('2026-11-25T03:41:00Z');
    let open = 0;
    for (let t = start; t < end; t += 60_000) if (isWithinBusinessHours(tokyo, new Date(t))) open += 60;
    expect(seconds(start, end)).toBe(open);
  });
});

describe('report ranges in the company zone', () => {
  it('turns inclusive local days into UTC instants, with day buckets and the previous period', () => {
    const range = reportRange({ from: '2026-11-20', to: '2026-11-26' }, 'Asia/Tokyo');
    expect(range.scope).toMatchObject({
      fromIso: '2026-11-19T15:00:00.000Z',
      toIso: '2026-11-26T15:00:00.000Z',
      fromHour: '2026-11-19T15',
      toHour: '2026-11-26T15',
    });
    expect(range.unit).toBe('day');
    expect(range.buckets.map((b) => b.label)).toEqual([
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    const previous = previousRange(range, { from: '2026-11-20', to: '2026-11-26' });
    expect([previous.from, previous.to, previous.scope.toIso]).toEqual(['2026-11-13', '2026-11-19', '2026-11-19T15:00:00.000Z']);
  });

  it('charts by hour up to two days, labelled on the local clock', () => {
    const range = reportRange({ from: '2026-11-25', to: '2026-11-26' }, 'Asia/Bangkok');
    expect(range.unit).toBe('hour');
    expect(range.buckets).toHaveLength(49);
    expect(range.buckets[0]).toEqual({ start: Date.parse('2026-11-24T17:00:00Z'), label: '2026-11-25T00:00' });
    expect(range.buckets[47]?.label).toBe('2026-11-26T23:00');
  });

  it('follows summer time where a zone has it', () => {
    expect(localMidnight('2026-03-08', 'America/New_York')).toBe(Date.parse('2026-03-08T05:00:00Z'));
    expect(localMidnight('2026-03-09', 'America/New_York')).toBe(Date.parse('2026-03-09T04:00:00Z'));
  });
});

describe('medians and percentiles', () => {
  it('uses the middle (mean of two middles) and the nearest rank', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, p90: 4, count: 4 });
    expect(summarize([7])).toEqual({ median: 7, p90: 7, count: 1 });
    expect(summarize(Array.from({ length: 20 }, (_, i) => i + 1))).toEqual({ median: 10.5, p90: 18, count: 20 });
    expect(summarize([])).toEqual({ median: null, p90: null, count: 0 });
  });
});

describe('the conversations CSV', () => {
  it('quotes what needs quoting and keeps formulas from running', () => {
    const row = {
      id: 'c1',
      contactId: 'U1',
      contactName: '=HYPERLINK("x")',
      openedAt: '2026-11-26T01:00:00.000Z',
      openedBy: 'customer',
      closedAt: null,
      closedBy: null,
      category: 'Billing, refunds',
      summary: 'said "hi"\nthen left',
      assignee: 'u1',
      assigneeName: '山田',
      team: null,
      firstResponseSeconds: 12.5,
      resolutionSeconds: null,
      csatScore: null,
    };
    const lines = conversationsCsv([row])
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[1]).toBe('c1,"\'=HYPERLINK(""x"")",U1,2026-11-26T01:00:00.000Z,customer,,,"Billing, refunds","said ""hi""\nthen left",山田,,12.5,,');
  });
});
