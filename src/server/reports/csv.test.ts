import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, one header row, CRLF ends, and quotes what needs it', () => {
    const csv = toCsv(['a', 'b', 'c'], [['Zoé, "la rapide"', 0.25, null], ['ligne\ndeux', true, undefined]]);
    expect(csv).toBe('\uFEFFa,b,c\r\n"Zoé, ""la rapide""",0.25,\r\n"ligne\ndeux",true,\r\n');
  });

  it('keeps a spreadsheet from running a text as a formula', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://x")'], ['-1'], [-1]])).toBe('\uFEFFx\r\n"\'=HYPERLINK(""http://x"")"\r\n\'-1\r\n-1\r\n');
  });
});
