import type { z } from 'zod';
import { formatApiPath } from '../api/api-error';
import { PHONE_TO_SERVER, SERVER_TO_PHONE, type PhoneToServer, type ServerToPhone } from './phone-messages';
import { quickInput } from './quick-input';
import { PHONE_FRAME_LIMIT_BYTES, ROOM_PROTOCOL_VERSION, SCREEN_FRAME_LIMIT_BYTES } from './room-limits';
import type { RoomError, RoomErrorCode } from './room-errors';
import { SCREEN_TO_SERVER, SERVER_TO_SCREEN, type ScreenToServer, type ServerToScreen } from './screen-messages';

/** The schemas one side may send, by `type`. */
export type MessageTable = Readonly<Record<string, z.ZodType>>;

export type ParsedMessage<T> = { ok: true; message: T } | { ok: false; error: RoomError };

const encoder = new TextEncoder();

/** UTF-8 size of a text frame, encoding it only when its length alone does not settle it. */
function overLimit(text: string, limitBytes: number): boolean {
  if (text.length > limitBytes) return true;
  if (text.length * 3 <= limitBytes) return false;
  return encoder.encode(text).length > limitBytes;
}

function refuse(code: RoomErrorCode, message: string, extra: Partial<RoomError> = {}): { ok: false; error: RoomError } {
  return { ok: false, error: { type: 'error', code, message, ...extra } };
}

/**
 * Reads one frame against the messages `sender` may send. `frame` is the text of a text frame;
 * anything else (a Buffer, an ArrayBuffer, a Blob) is a binary frame and refused. Never throws:
 * a frame that cannot be used gives an `error` message, ready to send back, naming what is wrong.
 */
export function parseMessage<Table extends MessageTable>(
  table: Table,
  frame: unknown,
  options: { limitBytes: number; sender: string; quick?: (record: Record<string, unknown>) => z.output<Table[keyof Table]> | null },
): ParsedMessage<z.output<Table[keyof Table]>> {
  if (typeof frame !== 'string') return refuse('binary', 'binary frames are not part of the protocol: send JSON text');
  if (overLimit(frame, options.limitBytes)) {
    return refuse('too_large', `a frame from ${options.sender} is at most ${options.limitBytes} bytes`);
  }
  let json: unknown;
  try {
    json = JSON.parse(frame);
  } catch {
    return refuse('not_json', 'the frame is not JSON: send one JSON object per frame');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refuse('not_json', 'the frame is not a JSON object: send {"type": …, …}');
  }
  const record = json as Record<string, unknown>;
  const quick = options.quick?.(record);
  if (quick) return { ok: true, message: quick };
  const type = record.type;
  if (typeof type !== 'string' || !Object.hasOwn(table, type)) {
    const shown = typeof type === 'string' ? `"${type.slice(0, 40)}"` : 'no type';
    return refuse('unknown_type', `${shown} is not a message ${options.sender} sends; the types are ${Object.keys(table).join(', ')}`);
  }
  if ('v' in record && record.v !== ROOM_PROTOCOL_VERSION) {
    return refuse('version', `this server speaks room protocol version ${ROOM_PROTOCOL_VERSION}, not ${JSON.stringify(record.v)?.slice(0, 20)}: reload the page`, {
      about: type,
    });
  }
  const schema = table[type] as z.ZodType;
  const result = schema.safeParse(record);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({ path: formatApiPath(issue.path), message: issue.message }));
    const first = issues[0] ?? { path: '', message: 'not valid' };
    return refuse('invalid', `${type}: ${first.path || 'message'}: ${first.message}`, { about: type, issues });
  }
  return { ok: true, message: result.data as z.output<Table[keyof Table]> };
}

/** What a phone sent, as the server reads it. */
export function parsePhoneMessage(frame: unknown): ParsedMessage<PhoneToServer> {
  return parseMessage(PHONE_TO_SERVER, frame, { limitBytes: PHONE_FRAME_LIMIT_BYTES, sender: 'a phone', quick: quickInput }) as ParsedMessage<PhoneToServer>;
}

/** What a screen sent, as the server reads it. */
export function parseScreenMessage(frame: unknown): ParsedMessage<ScreenToServer> {
  return parseMessage(SCREEN_TO_SERVER, frame, { limitBytes: SCREEN_FRAME_LIMIT_BYTES, sender: 'a screen' }) as ParsedMessage<ScreenToServer>;
}

/** What the server sent a phone, as the phone's page reads it (a view is at most a screen frame). */
export function parseServerToPhone(frame: unknown): ParsedMessage<ServerToPhone> {
  return parseMessage(SERVER_TO_PHONE, frame, { limitBytes: SCREEN_FRAME_LIMIT_BYTES, sender: 'the server' }) as ParsedMessage<ServerToPhone>;
}

/** What the server sent a screen, as the screen reads it. */
export function parseServerToScreen(frame: unknown): ParsedMessage<ServerToScreen> {
  return parseMessage(SERVER_TO_SCREEN, frame, { limitBytes: SCREEN_FRAME_LIMIT_BYTES, sender: 'the server' }) as ParsedMessage<ServerToScreen>;
}
