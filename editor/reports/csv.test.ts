import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, and doubles the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(false)).toBe('false');
  });

  it('writes a header row, then one row per item, CRLF-separated', () => {
    const rows = [
      { name: 'Aoi, Support', seconds: 125, note: null },
      { name: 'ソラ "Sora"', seconds: null, note: 'line 1\nline 2' },
    ];
    const csv = toCsv(
      [
        { header: 'Name', value: (r) => r.name },
        { header: 'First response (seconds)', value: (r) => r.seconds },
        { header: 'Note', value: (r) => r.note },
      ],
      rows,
    );
    expect(csv).toBe('Name,First response (seconds),Note\r\n"Aoi, Support",125,\r\n"ソラ ""Sora""",,"line 1\nline 2"\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv([{ header: 'A', value: () => 1 }], [])).toBe('A\r\n');
  });
});
