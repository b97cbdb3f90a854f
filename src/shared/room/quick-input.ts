import type { PhoneToServer } from './phone-messages';

/*
 * The press a playing phone sends most, read by hand. Every accepted value is one the `input`
 * schema accepts too, unchanged (a test holds the two together), so zod's generality is paid only
 * by rarer messages and by mistakes, which then get its full error. Anything unusual (an extra
 * key, -0, a fraction) returns null and goes to the schema.
 */

const plain = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = (value: unknown, low: number, high: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high && !Object.is(value, -0);

function quickAction(action: unknown): boolean {
  if (!plain(action)) return false;
  const keys = Object.keys(action).length;
  switch (action.type) {
    case 'confirm':
    case 'back':
      return keys === 1;
    case 'choice':
      return keys === 2 && oneOf(action.choice, 0, 3);
    case 'step':
      return keys === 3 && oneOf(action.x, -1, 1) && oneOf(action.y, -1, 1);
    default:
      return false;
  }
}

/** The record as an `input` message when it surely is one, else null (let the schema decide). */
export function quickInput(record: Record<string, unknown>): PhoneToServer | null {
  if (record.type !== 'input') return null;
  const keys = Object.keys(record).length;
  const hasN = 'n' in record;
  if (keys !== (hasN ? 3 : 2) || !('action' in record)) return null;
  if (hasN && !(Number.isSafeInteger(record.n) && (record.n as number) >= 1)) return null;
  return quickAction(record.action) ? (record as PhoneToServer) : null;
}
