import { describe, expect, it } from 'vitest';
import { formatReportQuery, parseReportQuery, presetRange, reportFilters, todayIn } from './report-query';

describe('report query in the hash', () => {
  it('reads and writes filters, and falls back to the last 7 days', () => {
    expect(parseReportQuery('')).toEqual({ preset: 'last-7-days', hours: 'calendar' });
    const query = parseReportQuery('preset=custom&from=2025-03-01&to=2025-03-31&team=Support&hours=business&score=5');
    expect(query).toEqual({ preset: 'custom', from: '2025-03-01', to: '2025-03-31', team: 'Support', hours: 'business', score: '5' });
    expect(parseReportQuery(formatReportQuery(query))).toEqual(query);
    // A custom range without valid days is not a range.
    expect(parseReportQuery('preset=custom&from=yesterday').preset).toBe('last-7-days');
    // Days only matter for the custom preset.
    expect(formatReportQuery({ preset: 'today', from: '2025-01-01', hours: 'calendar' })).toBe('preset=today');
  });

  it('turns presets into inclusive days', () => {
    const q = (preset: 'today' | 'yesterday' | 'last-7-days' | 'last-30-days' | 'this-month') => presetRange({ preset, hours: 'calendar' }, '2025-03-01');
    expect(q('today')).toEqual({ from: '2025-03-01', to: '2025-03-01' });
    expect(q('yesterday')).toEqual({ from: '2025-02-28', to: '2025-02-28' });
    expect(q('last-7-days')).toEqual({ from: '2025-02-23', to: '2025-03-01' });
    expect(q('last-30-days')).toEqual({ from: '2025-01-31', to: '2025-03-01' });
    expect(q('this-month')).toEqual({ from: '2025-03-01', to: '2025-03-01' });
  });

  it('sends only the API filters', () => {
    expect(reportFilters({ preset: 'today', hours: 'business', agent: 'u1', score: '4', funnel: 'w' }, '2025-03-01')).toEqual({
      from: '2025-03-01',
      to: '2025-03-01',
      agent: 'u1',
      hours: 'business',
    });
  });

  it("knows today's date in the company's time zone", () => {
    const now = new Date('2025-03-01T20:00:00Z');
    expect(todayIn('Asia/Tokyo', now)).toBe('2025-03-02');
    expect(todayIn('America/New_York', now)).toBe('2025-03-01');
  });
});
