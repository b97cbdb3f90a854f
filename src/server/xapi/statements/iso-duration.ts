/** Milliseconds as an ISO 8601 duration with hours, minutes and seconds to the millisecond: `PT1M4.25S`. */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const millis = total % 60_000;
  const seconds = millis % 1000 === 0 ? String(millis / 1000) : (millis / 1000).toFixed(3).replace(/0+$/, '');
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds !== '0' || (!hours && !minutes) ? `${seconds}S` : ''}`;
}
