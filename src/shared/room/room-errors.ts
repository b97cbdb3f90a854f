import { z } from 'zod';

/**
 * Why the server answered a frame with `error`. The frame changed nothing; the connection stays
 * open unless said (`version` and `unauthorized` close it, since nothing further can succeed).
 */
export const ROOM_ERROR_CODES = [
  /** A binary frame: the protocol is JSON text. */
  'binary',
  /** Over PHONE_FRAME_LIMIT_BYTES or SCREEN_FRAME_LIMIT_BYTES. */
  'too_large',
  /** Not JSON, or JSON that is not an object. */
  'not_json',
  /** No `type`, or a type this side does not send. */
  'unknown_type',
  /** A field is missing or wrong: `issues` names each one. */
  'invalid',
  /** The first message speaks another protocol version: reload the page. */
  'version',
  /** A message out of turn: input before the seat is granted, a second join, a seat view before `open`. */
  'out_of_turn',
  /** The screen named a seat or a phone this room does not hold (it left, or was removed). */
  'unknown_seat',
  /** The server holds as many rooms as it may: a screen cannot open one now. */
  'too_many_rooms',
  /** The phone sends faster than a person presses: the frame was dropped; `retryMs` says when to send again. */
  'rate_limited',
] as const;
export const roomErrorCode = z.enum(ROOM_ERROR_CODES);
export type RoomErrorCode = z.infer<typeof roomErrorCode>;

/** One wrong field, `path` as a reader writes it (`action.choice`), empty for the whole message. */
export const roomIssueSchema = z.object({ path: z.string(), message: z.string() }).strict();
export type RoomIssue = z.infer<typeof roomIssueSchema>;

/** The answer to a frame the server could not use, sent to a screen or a phone alike. */
export const roomErrorSchema = z
  .object({
    type: z.literal('error'),
    code: roomErrorCode,
    /** One sentence saying what is wrong and what to do. */
    message: z.string().min(1),
    /** The `type` of the message refused, when it had one. */
    about: z.string().max(40).optional(),
    issues: z.array(roomIssueSchema).optional(),
    /** For `rate_limited`: milliseconds until a frame will be taken again. */
    retryMs: z.int().nonnegative().optional(),
  })
  .strict();
export type RoomError = z.infer<typeof roomErrorSchema>;
