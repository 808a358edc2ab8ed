import { describe, expect, it } from 'vitest';
import { describeChange, formatDuration, formatTime, humanize } from './format';

describe('report formatting', () => {
  it('writes durations as people read them', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(45.4)).toBe('45s');
    expect(formatDuration(125)).toBe('2m 05s');
    expect(formatDuration(3600 * 3 + 7 * 60)).toBe('3h 07m');
    expect(formatDuration(86_400 * 2 + 3600 * 4)).toBe('2d 4h');
  });

  it('says how a number moved and whether that is good', () => {
    expect(describeChange(12, 10, 'higher')).toEqual({ text: '▲ 20%', tone: 'good' });
    expect(describeChange(120, 60, 'lower')).toEqual({ text: '▲ 100%', tone: 'bad' });
    expect(describeChange(3, 0, 'higher')).toEqual({ text: '▲ new', tone: 'good' });
    expect(describeChange(5, 5, 'higher')).toEqual({ text: 'no change', tone: 'flat' });
    expect(describeChange(null, 5, 'higher')).toBeNull();
  });

  it('turns server keys into labels', () => {
    expect(humanize('sentByAgents')).toBe('Sent by agents');
    expect(humanize('first_message')).toBe('First message');
  });
});

describe('formatTime', () => {
  it('writes the moment in the given time zone', () => {
    expect(formatTime('2025-04-01T05:05:00.000Z', 'Asia/Tokyo')).toBe('2025-04-01 14:05');
    expect(formatTime(null)).toBe('—');
  });
});
