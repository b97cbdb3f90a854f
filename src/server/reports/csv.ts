/**
 * CSV as spreadsheets in France and elsewhere open it: UTF-8 with a byte-order mark (so accents
 * survive a double click), comma-separated, one header row, CRLF line ends (RFC 4180), every field
 * that holds a comma, quote or line break quoted. A number is written with a dot.
 */
export type CsvValue = string | number | boolean | null | undefined;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet: quote it with a leading '.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
